/** The login page of a password-protected site (English); see the Dutch area. */
import type { login as nl } from "../nl/login.ts";

export const login: typeof nl = {
  title: "Klantbeeld – sign in",
  instructions: "This dashboard is protected. Enter the password you received from the dashboard's administrator.",
  placeholder: "Password",
  button: "Open",
  remember: (days) => `Remember me for ${days} days on this device`,
  error: "Wrong password. Check the password and try again.",
  showPassword: "Show password",
  loading: "Opening…",
  noscript: "This dashboard is encrypted and opens only with JavaScript on.",
};
