/** The login page of a password-protected site (Dutch): StatiCrypt's template texts. */
export const login = {
  title: "Klantbeeld – inloggen",
  instructions: "Dit dashboard is afgeschermd. Vul het wachtwoord in dat je van de beheerder van het dashboard hebt gekregen.",
  placeholder: "Wachtwoord",
  button: "Openen",
  remember: (days: number) => `Onthoud mij ${days} dagen op dit apparaat`,
  error: "Onjuist wachtwoord. Controleer het wachtwoord en probeer het opnieuw.",
  showPassword: "Wachtwoord tonen",
  loading: "Bezig met openen…",
  noscript: "Dit dashboard is versleuteld en opent alleen met JavaScript aan.",
};
