// The same mock API for tests in Node (vitest): the same handlers and data files as the browser worker.
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';

export const server = setupServer(...createHandlers());
