import '@testing-library/jest-dom/vitest';
// The app loads the outcome rules in a later chunk (app/journey/outcome-rules.ts); component
// tests render every screen at once, so they have them from the start.
import '../app/journey/outcome-rules-loaded.ts';
