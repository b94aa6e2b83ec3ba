// The benchmark's reference page: what a bare page of the app's libraries costs (react-router, react-query
// fed by msw, zod, one recharts line chart), started the way msw documents: worker first, then render.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import * as z from 'zod/mini';

const seriesSchema = z.object({
  rows: z.array(z.object({ year: z.number(), exports: z.nullable(z.number()), imports: z.nullable(z.number()) })),
});

async function getSeries() {
  const response = await fetch('/api/series');
  return seriesSchema.parse(await response.json());
}

function ChartPage() {
  const series = useQuery({ queryKey: ['series'], queryFn: getSeries });
  return (
    <main>
      <h1>US goods trade with South Korea</h1>
      <figure style={{ height: 400, margin: 0 }}>
        {series.data ? (
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
            <LineChart data={series.data.rows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis />
              <Tooltip />
              <Line dataKey="exports" stroke="#0072B2" isAnimationActive={false} />
              <Line dataKey="imports" stroke="#D55E00" isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <p role="status">Loading…</p>
        )}
      </figure>
    </main>
  );
}

async function start() {
  const { worker } = await import('./mocks.ts');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  const router = createBrowserRouter([{ path: '*', Component: ChartPage }]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
