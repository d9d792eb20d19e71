/**
 * The WeChat Pay v3 wire format both sides speak: the API as the merchant, the local sandbox as WeChat.
 * Imported as '@dmh/shared/dist/wechatpay' (not re-exported from the package root: the actor host and the
 * sync worker need none of it).
 */
export * from './authorization';
export * from './bill-format';
export * from './ids';
export * from './keys';
export * from './platform';
export * from './platform-certificate';
export * from './refund-schemas';
export * from './resources';
export * from './sandbox-identities';
export * from './sandbox-keys';
export * from './schemas';
export * from './time';
