/**
 * Wraps a value in a left-to-right isolate (U+2066 ... U+2069) for interpolation into a
 * sentence: a phone number's digit groups stay in order inside Arabic or Persian text
 * ("0808 8010 503" would otherwise read "503 8010 0808").
 */
export const ltr = (value: string): string => `\u2066${value}\u2069`;
