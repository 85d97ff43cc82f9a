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
      minHeight: { tap: "44px" },
      minWidth: { tap: "44px" },
    },
  },
};

export default config;
