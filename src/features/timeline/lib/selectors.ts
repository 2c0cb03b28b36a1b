/** A value quoted for an attribute selector: `[data-focus-key="${quoted(key)}"]`. */
export const quoted = (value: string): string => value.replace(/["\\]/g, '\\$&');
