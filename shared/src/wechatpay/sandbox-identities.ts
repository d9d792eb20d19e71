/**
 * The identities the local WeChat sandbox answers to by default, and the API's defaults in development:
 * one definition, so both processes agree unconfigured, and the API can refuse them in production.
 */
export const SANDBOX_MCHID = '1900000001';
/** The Official Account (JSAPI pay, OAuth). */
export const SANDBOX_APPID = 'wxdmhsandbox0000001';
/** The mobile app (APP pay); the sandbox accepts it by default too. */
export const SANDBOX_APP_APPID = 'wxdmhsandboxapp0001';
/** The Official Account's app secret the sandbox's code exchange and /cgi-bin/token expect. */
export const SANDBOX_APP_SECRET = 'dmh-sandbox-official-account-secret';
