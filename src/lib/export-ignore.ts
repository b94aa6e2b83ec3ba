/** Elements with this attribute (toolbars, hints, status messages) stay out of exported images. */
export const EXPORT_IGNORE_ATTR = 'data-export-ignore';
export const exportIgnore = { [EXPORT_IGNORE_ATTR]: '' } as const;
