// Sources of the third-pass data sets. Filled per data set below.
export const NEW_SOURCES = [];
