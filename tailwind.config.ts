import type { Config } from "tailwindcss";

// Loaded from app/globals.css with @config. Colours are chosen for a 4.5:1
// contrast ratio on white (WCAG AA for body text).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#1d4ed8", dark: "#1e3a8a", light: "#dbeafe" },
      },
      // The platform's own interface font (Roboto on Android, San Francisco on
      // iOS and macOS, Segoe UI on Windows): one lookup instead of a list of
      // names tried one by one, which cost a phone's first layout time.
      fontFamily: { sans: ["system-ui", "sans-serif"] },
      minHeight: { tap: "44px" },
      minWidth: { tap: "44px" },
    },
  },
};

export default config;
