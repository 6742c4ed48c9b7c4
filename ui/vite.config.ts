import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The engine serves dist/ at the API address; `npm run dev` proxies /api to a running
// `hookbench serve --api 127.0.0.1:8788`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1024 },
  server: { proxy: { "/api": "http://127.0.0.1:8788" } },
  test: { include: ["src/**/*.test.ts"] },
});
