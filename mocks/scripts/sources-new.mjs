// Sources of the third-pass data sets, appended to the register after the original entries.
import { TIMELINE_SOURCES } from './sources-timeline.mjs';

export const NEW_SOURCES = [...TIMELINE_SOURCES];
