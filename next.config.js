// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // /import sends a spreadsheet of up to 20 MB to a server action (lib/import/schema.ts refuses
    // larger ones with words); the multipart form around it needs a little more.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

module.exports = nextConfig;
