import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { AntdProvider } from './AntdProvider';
import { connectApi } from './connectApi';
import { createQueryClient } from './queryClient';
import { router } from './routes';

const queryClient = createQueryClient();
connectApi(queryClient, (to, options) => router.navigate(to, options));

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AntdProvider>
        <RouterProvider router={router} />
      </AntdProvider>
    </QueryClientProvider>
  );
}
