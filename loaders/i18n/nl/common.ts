/** Words shared by every area (Dutch, the reference catalogue). */
export const common = {
  languageName: "Nederlands",
};
