/**
 * Files a host needs for its own login, written into the publish folder. Only Azure Static Web
 * Apps reads its rules from the site itself (`staticwebapp.config.json`); GitHub private Pages
 * and Cloudflare Access are set up in the host's settings (see docs/access.md).
 */
import type { Access } from "../schemas/config.ts";

/**
 * Azure Static Web Apps (Standard plan) with a custom Microsoft Entra ID registration limited to
 * one tenant: every route needs the `authenticated` role, an anonymous visitor is sent to the
 * Entra login, and the pre-configured providers (any Microsoft, GitHub account) are off because a
 * custom registration disables them. Client id and secret stay in the app's settings.
 */
export function azureConfig(tenantId: string): unknown {
  return {
    auth: {
      identityProviders: {
        azureActiveDirectory: {
          registration: {
            openIdIssuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
            clientIdSettingName: "AZURE_CLIENT_ID",
            clientSecretSettingName: "AZURE_CLIENT_SECRET",
          },
        },
      },
    },
    routes: [{ route: "/*", allowedRoles: ["authenticated"] }],
    responseOverrides: { "401": { redirect: "/.auth/login/aad?post_login_redirect_uri=.referrer", statusCode: 302 } },
    globalHeaders: { "X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-cache" },
  };
}

/** A directory (tenant) id: a GUID. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The extra files (name → text) the host of `access` needs in the site's root; throws a message
 * naming the missing setting when Azure's tenant id is absent or not a GUID.
 */
export function hostFiles(access: Access, env: Record<string, string | undefined>): Record<string, string> {
  if (access !== "azure-static-web-apps") return {};
  const tenant = env.KLANTBEELD_AZURE_TENANT_ID ?? "";
  if (!GUID.test(tenant)) throw new Error("access: azure-static-web-apps needs KLANTBEELD_AZURE_TENANT_ID (the Entra directory id, a GUID) to limit the login to your organisation");
  return { "staticwebapp.config.json": `${JSON.stringify(azureConfig(tenant), null, 2)}\n` };
}
