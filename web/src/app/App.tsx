import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { connectApi } from './connectApi';
import { createQueryClient } from './queryClient';
import { router } from './routes';

const queryClient = createQueryClient();
connectApi(queryClient, (to, options) => router.navigate(to, options));

/** No antd here: the resident's first page is plain, and the antd pages bring it with them (routes.tsx). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
