/**
 * Starts the WeChat Pay v3 sandbox: `node wechatpay-sandbox/dist/main.js`.
 * Keys come from WECHATPAY_SANDBOX_KEYS_DIR and are generated there on first start.
 */
import pino from 'pino';
import { loadOrCreateSandboxKeys } from '@dmh/shared/dist/wechatpay';
import { sandboxConfig } from './config';
import { loadOrCreateSandboxCertificate } from './payments/platform-certificate';
import { startSandboxServer } from './server';
import { WechatPaySandbox } from './payments/wechatpay.sandbox';
import { WechatMpSandbox } from './wechat/wechat-mp.sandbox';

async function main(): Promise<void> {
  const config = sandboxConfig();
  const logger = pino({ name: 'wechatpay-sandbox', level: config.LOG_LEVEL });
  const keys = loadOrCreateSandboxKeys(config.WECHATPAY_SANDBOX_KEYS_DIR);
  const certificate = config.WECHATPAY_VERIFY_MODE === 'public_key' ? undefined : loadOrCreateSandboxCertificate(keys);
  const sandbox = new WechatPaySandbox({
    apiV3Key: keys.apiV3Key,
    platformPrivateKey: keys.platformPrivateKey,
    platformSerial: certificate?.serial ?? keys.pubKeyId,
    ...(certificate && { platformCertificatePem: certificate.pem }),
    mchid: config.WECHATPAY_MCHID,
    appid: config.WECHATPAY_APPID,
    appAppid: config.WECHATPAY_APP_APPID,
    merchantPublicKeys: new Map([[keys.merchantSerial, keys.merchantPublicKey]]),
    refundNotifyAfterMs: config.SANDBOX_REFUND_NOTIFY_AFTER_MS,
  });
  const server = await startSandboxServer({
    port: config.SANDBOX_PORT, host: config.SANDBOX_HOST, sandbox, logger, mp: new WechatMpSandbox(config.WECHATPAY_APPID, config.WECHAT_APP_SECRET),
  });
  logger.info(
    {
      url: server.url, keysDir: keys.dir, mode: config.WECHATPAY_VERIFY_MODE, serial: sandbox.signingSerial, mchid: sandbox.mchid,
      refundNotifyAfterMs: config.SANDBOX_REFUND_NOTIFY_AFTER_MS,
    },
    'WeChat Pay sandbox listening',
  );

  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'WeChat Pay sandbox stopping');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'WeChat Pay sandbox did not close cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // Nothing else has started yet when this runs; pino may not exist, so plain stderr.
  console.error('WeChat Pay sandbox failed to start:', err);
  process.exit(1);
});
