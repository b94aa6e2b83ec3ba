import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

/** Data changes rarely; retry only what may heal (network faults, 5xx), never a 4xx or a bad payload. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && (!(error instanceof ApiError) || error.retryable),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
