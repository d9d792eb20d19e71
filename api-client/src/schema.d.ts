/**
 * Generated from the DMH API's OpenAPI document by admin-angular/scripts/generate-api-client.mjs.
 * Do not edit: change the API's schemas, build the API, then run `npm --prefix admin-angular run api:generate`.
 */

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a participant account (the password policy applies)
         * @description The password must meet the password policy (GET /auth/password-policy: length and character classes, set by admins at run time) and must not contain the username: else 400 with code 40050 PASSWORD_POLICY_VIOLATION naming the field.
         */
        post: operations["postApiV1AuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password: an access token (24 h) and a refresh token (14 days)
         * @description An unknown user, a wrong password, a locked and a disabled account all answer 40150, alike.
         */
        post: operations["postApiV1AuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair (the old one is used up)
         * @description Presenting a refresh token that was already exchanged revokes its whole session family.
         */
        post: operations["postApiV1AuthRefreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session: its access and refresh tokens stop working at once */
        post: operations["postApiV1AuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user: profile, roles, permissions, brands and menu tree */
        get: operations["getApiV1AuthUserinfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password (policy and history apply; other sessions end)
         * @description newPassword must meet the password policy (40050 PASSWORD_POLICY_VIOLATION) and differ from the recent ones (40051 PASSWORD_REUSED); a wrong currentPassword is 40052 PASSWORD_INCORRECT. All 400, naming the field.
         */
        post: operations["postApiV1AuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The password rules a new password must meet (for registration forms) */
        get: operations["getApiV1AuthPasswordPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live sessions of the caller, or of `userId` (security:read) */
        get: operations["getApiV1AuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a live session: your own, or anyone's with security:write (audited) */
        delete: operations["deleteApiV1AuthSessionsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sms/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a six-digit login code to a mobile phone
         * @description One code per phone per resend interval (42910 SMS_RESEND_TOO_SOON with Retry-After) and a daily cap per phone (42911 SMS_DAILY_LIMIT), both naming body.phone. A new code replaces the waiting one. In development the code is logged, not sent.
         */
        post: operations["postApiV1AuthSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sms/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with phone + SMS code: the same token pair as password login (a first login creates a participant account)
         * @description Each answer names body.code: 40060 SMS_CODE_WRONG (with the tries left), 40063 SMS_CODE_LOCKED after too many wrong tries, 40061 SMS_CODE_EXPIRED (expired or never sent), 40062 SMS_CODE_USED (a code already used). The code is used up by the first right answer.
         */
        post: operations["postApiV1AuthSmsLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat/authorize-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WeChat's authorize link for the H5 app, its state signed and carrying the campaign and referrer
         * @description The redirect is always the H5 app's `/wx/callback`; the `state` (a-zA-Z0-9, 30 minutes) carries `campaignId` and `ref` signed, so the referral survives the round trip and cannot be edited on the way.
         */
        post: operations["postApiV1AuthWechatAuthorizeUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with the code of WeChat web authorization: the same token pair as SMS login, the openid, and the referral the state carried
         * @description The state is checked first (40072 WECHAT_STATE_INVALID, body.state), then the code is exchanged once at WeChat: 40070 WECHAT_CODE_INVALID (WeChat 40029: wrong or older than 5 minutes) and 40071 WECHAT_CODE_USED (40163) name body.code; 50250 when WeChat cannot be reached. The account: the one this openid, else this UnionID, logged in to; else the account of the phone of the member with this UnionID; else a new participant account.
         */
        post: operations["postApiV1AuthWechatOauth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/payment/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WeChat Pay v3 payment notification (signed Wechatpay-* headers over the raw body) */
        post: operations["postApiV1OrdersPaymentCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/refund/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WeChat Pay v3 refund notification (REFUND.SUCCESS…; signed like payment notifications) */
        post: operations["postApiV1OrdersRefundCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders of the brands the caller administers, newest first (filters: campaign, brand, status, payment, phone prefix, number, time) */
        get: operations["getApiV1Orders"];
        put?: never;
        /**
         * Sign up for a campaign: the dynamic form's data, validated against the campaign's fields
         * @description Rules beyond the schema, each a 400 (40000) naming the field: formData is checked against the campaign's own form fields (GET /campaigns/{id}: required fields, types, lengths, patterns, options; no other keys); a mobile number in phone or, without it, in formData.phone. An unknown or inactive referrerId is ignored (the sign-up is kept, without a referrer), not refused.
         */
        post: operations["postApiV1Orders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderNo}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying an order: a WeChat Pay JSAPI prepay and the parameters for the client
         * @description Only a pending, unpaid order inside its pay window (payExpiresAt) can be paid; an expired or closed one answers 409 (40007). The prepay carries the window as time_expire; past it the order is closed and its seat freed. Unpaid orders are queried at WeChat Pay when no notification came.
         */
        post: operations["postApiV1OrdersOrderNoPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderNo}/pay/h5": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying an order by WeChat Pay H5 (a mobile browser outside WeChat): a fresh h5_url back to the order page
         * @description Each call asks WeChat Pay for a new h5_url (it lives 5 minutes: `expiresAt` says when to ask again), with redirect_url to the H5 app's order page; returning there is not paying: the page asks GET /orders/{orderNo}. The same rules as /pay: 409 (40007) for an order that cannot be paid.
         */
        post: operations["postApiV1OrdersOrderNoPayH5"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderNo}/pay/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying an order by WeChat Pay APP (the mobile app): the prepay and the signed parameters for the WeChat SDK
         * @description A WeChat Pay APP prepay (/v3/pay/transactions/app, the mobile app's appid from WeChat's Open Platform) and what the app hands to the SDK's PayReq: appid, partnerid, prepayid, package Sign=WXPay, noncestr, timestamp, sign (RSA-SHA256, merchant key). Asked again, the same prepayid, freshly signed. Only the server's order says it is paid: the app asks GET /orders/{orderNo}. The same rules as /pay: 409 (40007) for an order that cannot be paid.
         */
        post: operations["postApiV1OrdersOrderNoPayApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refunds of the brands the caller administers, newest first; needsAction=true lists the ones to act on (abnormal, or processing too long), each with what to do */
        get: operations["getApiV1OrdersRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order: by number, the public view (phone masked); by numeric id, the admin detail with its rewards and refunds
         * @description An order number (D…) needs no token and answers the masked view. A numeric id needs a bearer token with `order:read`; an order outside the caller's brands answers 404 like a missing one.
         */
        get: operations["getApiV1OrdersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a paid order (in full by default) through the payment provider; rewards are reversed once it is fully refunded */
        post: operations["postApiV1OrdersIdRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{orderNo}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events of the caller's own order: its status now, then `paid` when it is paid
         * @description text/event-stream. First an `event: status` with the order as it is (orderNo, status, payStatus, paidAt), then one when it becomes paid (announced by the settlement the moment the rewards are credited, never by polling); the stream ends after a paid status, or after 10 minutes (`event: timeout`: reconnect or check the order). Comments every 15 s keep proxies from closing it. Only the order's owner (signed up while signed in, or with the phone the account proved by SMS) may subscribe: any other order is 404. A request that does not accept text/event-stream gets the first status only and the stream ends (a one-shot read).
         */
        get: operations["getApiV1OrdersOrderNoEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/balance/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's balance: available, frozen for withdrawals, totals, and debt (reversed rewards not yet covered) */
        get: operations["getApiV1RewardsBalanceUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's rewards, newest first (a brand admin sees those earned in their brands) */
        get: operations["getApiV1RewardsUserId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{userId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's balance ledger, newest first: every credit, reversal, debt repayment, freeze, release and payout */
        get: operations["getApiV1RewardsUserIdLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brands the caller administers (all of them for a platform admin) */
        get: operations["getApiV1Brands"];
        put?: never;
        /** Create a brand (platform admin) */
        post: operations["postApiV1Brands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/brands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand with its settings */
        get: operations["getApiV1BrandsId"];
        /** Change a brand: fields left out keep their value; settings (e.g. rewardLevels 1–3) are merged */
        put: operations["putApiV1BrandsId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply to be a distributor of a brand, optionally referred by one of its distributors (who becomes the parent) */
        post: operations["postApiV1DistributorApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distributor applications of the caller's brands (filter by status and brand) */
        get: operations["getApiV1DistributorApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending application: the user becomes an active distributor (role and balance granted) */
        post: operations["postApiV1DistributorIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending application, optionally saying why */
        post: operations["postApiV1DistributorIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's distributor records across brands */
        get: operations["getApiV1DistributorMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/subordinates/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's subordinates in a brand, two levels down (admins of the brand may pass distributorId) */
        get: operations["getApiV1DistributorSubordinatesBrandId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/statistics/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand's distributor statistics (its admins); a distributor of the brand gets its own numbers */
        get: operations["getApiV1DistributorStatisticsBrandId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand's distributor tree one level at a time (the top, or a node's children), or a search of it, each node with its counts */
        get: operations["getApiV1DistributorTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A distributor's referral links with their clicks and orders (admins of its brand) */
        get: operations["getApiV1DistributorIdLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/{id}/upline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a distributor and its team under another upline of its brand (refused if that is itself or a descendant); audited */
        post: operations["postApiV1DistributorIdUpline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/poster-template/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand's poster template (the default layout when it has none) and the images it may use */
        get: operations["getApiV1DistributorPosterTemplateBrandId"];
        /**
         * Save a brand's poster template: background, placement of avatar, nickname and QR code (audited)
         * @description Rules beyond the schema, each a 400 (40000) naming the field: every box inside the 750×1334 poster (avatar and qr: x + size ≤ 750, y + size ≤ 1334; nickname: x ≤ 710, y + fontSize ≤ 1334); the background image one of the brand’s image assets (404, body.background.image).
         */
        put: operations["putApiV1DistributorPosterTemplateBrandId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/poster-template/{brandId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The poster a template gives (PNG), with a sample distributor, rendered by the server as real posters are
         * @description Rules beyond the schema, each a 400 (40000) naming the field: every box inside the 750×1334 poster (avatar and qr: x + size ≤ 750, y + size ≤ 1334; nickname: x ≤ 710, y + fontSize ≤ 1334); the background image one of the brand’s image assets (404, body.background.image).
         */
        post: operations["postApiV1DistributorPosterTemplateBrandIdPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/link/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's referral link for a campaign of its brand (the same link on every call) */
        post: operations["postApiV1DistributorLinkGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's referral links with their clicks and orders */
        get: operations["getApiV1DistributorLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/link/{id}/poster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A link's share poster (PNG): campaign image, title, QR code of the link, the distributor's name */
        get: operations["getApiV1DistributorLinkIdPoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distributor/l/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short referral link: redirects to the campaign page with the referrer, counting the click */
        get: operations["getApiV1DistributorLCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts, newest first (filter by keyword, status, role, brand) */
        get: operations["getApiV1Users"];
        put?: never;
        /**
         * Create an account (the password policy applies)
         * @description The password must meet the password policy (GET /auth/password-policy: length and character classes, set by admins at run time) and must not contain the username: else 400 with code 40050 PASSWORD_POLICY_VIOLATION naming the field.
         */
        post: operations["postApiV1Users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account with its roles and brands */
        get: operations["getApiV1UsersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace an account's roles */
        put: operations["putApiV1UsersIdRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the brands an account administers */
        put: operations["putApiV1UsersIdBrands"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account: its sessions end at once */
        post: operations["postApiV1UsersIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account */
        post: operations["postApiV1UsersIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a lock-out at once */
        post: operations["postApiV1UsersIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every role */
        get: operations["getApiV1Roles"];
        put?: never;
        /** Create a role */
        post: operations["postApiV1Roles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A role with its permissions and menus */
        get: operations["getApiV1RolesId"];
        /** Rename a role or change its description */
        put: operations["putApiV1RolesId"];
        post?: never;
        /** Delete a custom role no user holds */
        delete: operations["deleteApiV1RolesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a role's permissions */
        put: operations["putApiV1RolesIdPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}/menus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a role's menus */
        put: operations["putApiV1RolesIdMenus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The permission catalogue (codes are resource:action) */
        get: operations["getApiV1Permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every menu, as a tree */
        get: operations["getApiV1Menus"];
        put?: never;
        /** Create a menu */
        post: operations["postApiV1Menus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menus/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a menu */
        put: operations["putApiV1MenusId"];
        post?: never;
        /** Delete a menu without children (its role links go with it) */
        delete: operations["deleteApiV1MenusId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/password-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The password and lock-out policy */
        get: operations["getApiV1SecurityPasswordPolicy"];
        /** Replace the password and lock-out policy (audited) */
        put: operations["putApiV1SecurityPasswordPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security events, newest first (brute force, lock-outs, token reuse, forged callbacks…) */
        get: operations["getApiV1SecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/events/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a security event handled (audited, with an optional note) */
        post: operations["postApiV1SecurityEventsIdHandle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/security/login-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Login attempts, newest first */
        get: operations["getApiV1SecurityLoginAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the whole chain and report whether it is intact, or the first broken entry */
        get: operations["getApiV1AuditLogsVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit entries, newest first (filter by user, resource, action, brand, time) */
        get: operations["getApiV1AuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of your brands: filter by keyword (name, nickname, phone), tag, brand, status, created range */
        get: operations["getApiV1Members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a member into another: orders, tags, brand links and profile move; the source is kept, marked merged */
        post: operations["postApiV1MembersMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/matching/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match again the sign-ups whose member matching failed (platform admins; it also runs after sign-ups) */
        post: operations["postApiV1MembersMatchingRedrive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member of your brands: profile, tags, brand links, order and reward history */
        get: operations["getApiV1MembersId"];
        /** Update a member's profile (audited with before and after) */
        put: operations["putApiV1MembersId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Member tags: your brands' and the platform-wide ones, with how many of your members carry each */
        get: operations["getApiV1MembersTags"];
        put?: never;
        /** Create a tag for one of your brands (a platform admin may omit brandId: a platform-wide tag) */
        post: operations["postApiV1MembersTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/tags/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tag or untag many members at once (all or nothing; repeating it changes nothing) */
        post: operations["postApiV1MembersTagsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename or recolour a tag */
        put: operations["putApiV1MembersTagsId"];
        post?: never;
        /** Delete a tag (it comes off every member that carried it) */
        delete: operations["deleteApiV1MembersTagsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an export of the members matching the list's filters (CSV or XLSX); poll its progress
         * @description Phones are masked unless you hold member:export for the member's brand.
         */
        post: operations["postApiV1MembersExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of an export you started: rows done out of total, and its status */
        get: operations["getApiV1MembersExportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a finished export (its creator or a platform admin) */
        get: operations["getApiV1MembersExportsIdFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns of the caller's brands, newest first: filter by brand, status, time window, name */
        get: operations["getApiV1Campaigns"];
        put?: never;
        /**
         * Create a campaign (as a draft) for a brand the caller administers
         * @description Rules beyond the schema, each a 400 (40000) naming the field: endTime after startTime and not already past; the rewards within the price.
         */
        post: operations["postApiV1Campaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign: the admin view for its brand's admins, the public view of a published campaign for anyone else */
        get: operations["getApiV1CampaignsId"];
        /**
         * Update a campaign (audited); the whole resulting campaign is validated, the quota never below seats taken
         * @description Rules beyond the schema, checked on the campaign as it would be after the update, each a 400 (40000) naming the field: endTime after startTime; the rewards within the price; the quota not below the seats already taken.
         */
        put: operations["putApiV1CampaignsId"];
        post?: never;
        /** Soft-delete a campaign (audited); refused while it has paid orders (unpublish it instead) */
        delete: operations["deleteApiV1CampaignsId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Views, sign-ups, paid orders, conversion, revenue, rewards, and a per-distributor breakdown (paginated) */
        get: operations["getApiV1CampaignsIdStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish: open for sign-up at once (cache invalidated, CampaignActor refreshed) */
        post: operations["postApiV1CampaignsIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpublish: sign-ups are refused from the next request on */
        post: operations["postApiV1CampaignsIdUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/page-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page design of a campaign of the caller's brands: latest draft, published version, version list */
        get: operations["getApiV1CampaignsIdPageConfig"];
        /**
         * Save the page design as a new draft version (rich text is sanitised)
         * @description Rules beyond the schema, each a 400 (40000) naming the field: block ids unique within the page; at most one form block and one share block.
         */
        put: operations["putApiV1CampaignsIdPageConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/page-config/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a saved version: consumers get it on their next request */
        post: operations["postApiV1CampaignsIdPageConfigPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/page-config/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved version of the page design, with its blocks (to look at or restore) */
        get: operations["getApiV1CampaignsIdPageConfigVersionsVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/page-config/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed, expiring link that opens the latest saved design in the consumer app (the designer's QR code) */
        post: operations["postApiV1CampaignsIdPageConfigPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published page of a published campaign (public; counts a view); with ?preview=<token>, the latest saved version
         * @description A preview token that is tampered with, of another campaign or expired is refused with 403 (40310).
         */
        get: operations["getApiV1CampaignsIdPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Withdrawals, newest first: your own, and (admins) those of your brands' distributors */
        get: operations["getApiV1Withdrawals"];
        put?: never;
        /**
         * Request a withdrawal from your own balance: the amount is frozen at once, or the request is refused
         * @description Rules beyond the schema: the amount at least the brand's minimum (400, 40090 WITHDRAWAL_BELOW_MINIMUM); brandId required when you distribute for several brands (400, 40000 naming body.brandId).
         */
        post: operations["postApiV1Withdrawals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/withdrawals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A withdrawal (your own, or one of your brands as an admin) */
        get: operations["getApiV1WithdrawalsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/withdrawals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested withdrawal (again: no change) */
        post: operations["postApiV1WithdrawalsIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/withdrawals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a requested or approved withdrawal, with a reason: its frozen amount returns to the balance */
        post: operations["postApiV1WithdrawalsIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/withdrawals/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved withdrawal paid out: its frozen amount leaves the balance for good */
        post: operations["postApiV1WithdrawalsIdPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HealthCheck() of every sync target the caller may see (connect + trivial query), circuit breakers, queue and lag */
        get: operations["getApiV1SyncHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brands' sync targets (never a password) */
        get: operations["getApiV1SyncTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/targets/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A brand's sync target */
        get: operations["getApiV1SyncTargetsBrandId"];
        /**
         * Save a brand's sync target: kind, connection, table names and field mapping, validated; the password is stored encrypted (leave it out to keep it)
         * @description Rules beyond the schema, each a 400 (40000) naming the field: the key, version and mapped columns of a table all distinct; identifiers within the database kind's length; `from` given unless the transform is a constant, and a transform that fits the field; orders and rewards in different tables.
         */
        put: operations["putApiV1SyncTargetsBrandId"];
        post?: never;
        /** Remove a brand's sync target (its jobs then go to the default target) */
        delete: operations["deleteApiV1SyncTargetsBrandId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/targets/{brandId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test the saved target: connect and query, then select the mapped columns of both tables */
        post: operations["postApiV1SyncTargetsBrandIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync jobs by state: dead-lettered (default), retrying or queued */
        get: operations["getApiV1SyncFailures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/failures/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry one dead-lettered job (a new round of attempts, at once) */
        post: operations["postApiV1SyncFailuresIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/failures/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a brand's dead-lettered jobs: all of them, or those of some orders, or those requested in a time range */
        post: operations["postApiV1SyncFailuresRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sync attempts (sync_logs), newest first: status, error, duration */
        get: operations["getApiV1SyncLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded reconciliation runs, newest first, with their progress and counts (not their differences) */
        get: operations["getApiV1SyncReconciliations"];
        put?: never;
        /**
         * Start a recorded reconciliation: a brand's paid orders and rewards in a time range compared with its target, a chunk at a time; what is missing or different is listed and (unless requeue is false) re-queued
         * @description Answers 202 at once with the run (status running); follow it with GET /sync/reconciliations/{id}. Rules beyond the schema, a 400 (40000) naming body.to: 'to' after 'from', the range at most 93 days, and at most 20000 paid orders in it.
         */
        post: operations["postApiV1SyncReconciliations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/reconciliations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reconciliation run: its progress (ordersChecked of ordersTotal), counts and differences (at most 1000) */
        get: operations["getApiV1SyncReconciliationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key figures over [from, to): visits, sign-ups, paid orders, revenue, rewards credited; and, as of now, withdrawals waiting and sync failures
         * @description Rules beyond the schema, a 400 (40000) naming query.to: `to` after `from`, and at most 366 days after it.
         */
        get: operations["getApiV1DashboardSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same figures per calendar day of the range (days at tzOffsetMinutes; days without activity are zeros)
         * @description Rules beyond the schema, a 400 (40000) naming query.to: `to` after `from`, and at most 366 days after it.
         */
        get: operations["getApiV1DashboardTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per campaign: visits, sign-ups created in the range, and how many of those are paid; most sign-ups first
         * @description Rules beyond the schema, a 400 (40000) naming query.to: `to` after `from`, and at most 366 days after it.
         */
        get: operations["getApiV1DashboardFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Distributors by rewards settled to them in the range, most first
         * @description Rules beyond the schema, a 400 (40000) naming query.to: `to` after `from`, and at most 366 days after it.
         */
        get: operations["getApiV1DashboardLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/live/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A ticket (valid 60 s) that opens the live feed of settled rewards, in the caller's brand scope (or one brand of it) */
        post: operations["postApiV1DashboardLiveTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live feed of settled rewards (server-sent events), pushed as reward.settled events arrive; resumes after Last-Event-ID
         * @description Authenticated by a ticket from POST /dashboard/live/tickets; an unknown or expired ticket answers 401. The stream ends after 10 minutes: open it again with a fresh ticket and lastEventId.
         */
        get: operations["getApiV1DashboardLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reconciliations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliation runs, newest first: bill date, state, counts, the bill's hash */
        get: operations["getApiV1Reconciliations"];
        put?: never;
        /**
         * Reconcile one day now: download WeChat Pay's trade bill (hash checked), compare it with DMH's paid orders and refunds of that day, repair what WeChat confirms DMH lacks
         * @description billDate is a China Standard Time day, at most yesterday against WeChat Pay (its bills are ready after 10:00 the next morning; the sandbox bills today too) and at most 90 days back: otherwise 400 (40000) naming body.billDate. A payment WeChat has and DMH lacks is repaired only when WeChat's signed order query confirms it, through the payment notification's own path (it cannot pay or credit twice); every other difference is listed for an admin. A bill that cannot be downloaded or fails its hash check fails the run (50240): nothing is compared or changed.
         */
        post: operations["postApiV1Reconciliations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reconciliations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reconciliation run with every difference it found and what became of each */
        get: operations["getApiV1ReconciliationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every app's process and sidecar health, its sidecar's metadata (runtime version, actor types with active counts, components, subscriptions), placement and scheduler, the outbox and sync backlogs
         * @description Each call is made at once with its own timeout (OPS_PROBE_TIMEOUT_MS, default 2 s); one that fails is reported down with the reason in words, so the report answers even when sidecars do not. Components are listed by name, type and version: their metadata (connection strings, secrets) never is.
         */
        get: operations["getApiV1OpsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ops page's charts from Prometheus over the last 1 h, 6 h or 24 h: API p95, payment callbacks by outcome and success rate, reward settlement delay p95, orders created, sync attempts and backlog, outbox backlog
         * @description A fixed set of PromQL range queries (the caller chooses only the range) against the Prometheus at OPS_PROMETHEUS_URL, every chart on one time axis. `configured: false` when no Prometheus is configured; 503 (50300) with Retry-After when Prometheus does not answer; a query Prometheus refuses gives that chart an `error`.
         */
        get: operations["getApiV1OpsMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/rewards/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events of the caller's rewards as they are settled
         * @description text/event-stream. `event: ready` once listening, then an `event: reward` per reward settled to the caller (rewardId, orderId, campaignId, level, amount, balance, settledAt), fed by the reward.settled event (never by polling); ends after 10 minutes (`event: timeout`). A request that does not accept text/event-stream gets `ready` and the end.
         */
        get: operations["getApiV1MeRewardsEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own orders, newest first, with their campaign's name
         * @description Orders signed up while signed in, and those signed up with the account's phone once the account has proven it (SMS login).
         */
        get: operations["getApiV1MeOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rewards the caller earned, newest first, each with its level and the order it came from */
        get: operations["getApiV1MeRewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/withdrawal-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a withdrawal costs and the least one may ask, to show before confirming */
        get: operations["getApiV1MeWithdrawalTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/promotable-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns the caller can share as a distributor: running campaigns of its active brands */
        get: operations["getApiV1MePromotableCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wechat/jssdk-signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The wx.config signature of an H5 page (JS-SDK share menu)
         * @description SHA-1 over jsapi_ticket, noncestr, timestamp and the URL without its # part (JS-SDK 附录1). The access token and jsapi_ticket are cached in Redis until 5 minutes before they expire. Only pages of the H5 app are signed (400 naming body.url); 50250 when WeChat cannot give a ticket.
         */
        post: operations["postApiV1WechatJssdkSignature"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorEnvelope: {
            code: number;
            message: string;
            data: {
                correlationId: string;
                errors?: {
                    field: string;
                    code: string;
                    message: string;
                }[];
            };
        };
        MenuNode: {
            id: string;
            parentId: string | null;
            code: string;
            name: string;
            path: string | null;
            icon: string | null;
            sort: number;
            permissionCode: string | null;
            children: components["schemas"]["MenuNode"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postApiV1AuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /** @default null */
                    phone?: string | null;
                    /**
                     * Format: email
                     * @default null
                     */
                    email?: string | null;
                    /** @default null */
                    realName?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            userId: string;
                            username: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40050 PASSWORD_POLICY_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40950 USERNAME_TAKEN; 40951 PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            tokenType: "Bearer";
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            refreshExpiresIn: number;
                            passwordExpired: boolean;
                            /**
                             * @description why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not
                             * @enum {string|null}
                             */
                            passwordChangeReason: "first-login" | "expired" | null;
                            user: {
                                userId: string;
                                username: string;
                                roles: string[];
                                permissions: string[];
                                brandIds: string[];
                                /**
                                 * @description the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes
                                 * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                                 */
                                sessionId: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40150 LOGIN_FAILED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthRefreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            tokenType: "Bearer";
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            refreshExpiresIn: number;
                            passwordExpired: boolean;
                            /**
                             * @description why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not
                             * @enum {string|null}
                             */
                            passwordChangeReason: "first-login" | "expired" | null;
                            user: {
                                userId: string;
                                username: string;
                                roles: string[];
                                permissions: string[];
                                brandIds: string[];
                                /**
                                 * @description the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes
                                 * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                                 */
                                sessionId: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40151 REFRESH_TOKEN_INVALID */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: null;
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1AuthUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            userId: string;
                            username: string;
                            roles: string[];
                            permissions: string[];
                            brandIds: string[];
                            /**
                             * @description the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes
                             * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                             */
                            sessionId: string | null;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            avatar: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordExpiresAt: string | null;
                            passwordExpired: boolean;
                            /**
                             * @description why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not
                             * @enum {string|null}
                             */
                            passwordChangeReason: "first-login" | "expired" | null;
                            menus: components["schemas"]["MenuNode"][];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string;
                            otherSessionsRevoked: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40052 PASSWORD_INCORRECT; 40050 PASSWORD_POLICY_VIOLATION; 40051 PASSWORD_REUSED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1AuthPasswordPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            minLength: number;
                            requireUpper: boolean;
                            requireLower: boolean;
                            requireDigit: boolean;
                            requireSpecial: boolean;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1AuthSessions: {
        parameters: {
            query?: {
                userId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                /**
                                 * @description the session id that login, refresh and /auth/userinfo answer as `sessionId` and /auth/sessions lists as `id`
                                 * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                                 */
                                id: string;
                                userId: string;
                                current: boolean;
                                ip: string | null;
                                userAgent: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                lastSeenAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                expiresAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1AuthSessionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the session id that login, refresh and /auth/userinfo answer as `sessionId` and /auth/sessions lists as `id` */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: null;
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthSmsCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            expiresIn: number;
                            resendAfter: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42910 SMS_RESEND_TOO_SOON; 42911 SMS_DAILY_LIMIT; 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthSmsLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            tokenType: "Bearer";
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            refreshExpiresIn: number;
                            passwordExpired: boolean;
                            /**
                             * @description why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not
                             * @enum {string|null}
                             */
                            passwordChangeReason: "first-login" | "expired" | null;
                            user: {
                                userId: string;
                                username: string;
                                roles: string[];
                                permissions: string[];
                                brandIds: string[];
                                /**
                                 * @description the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes
                                 * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                                 */
                                sessionId: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40060 SMS_CODE_WRONG; 40063 SMS_CODE_LOCKED; 40061 SMS_CODE_EXPIRED; 40062 SMS_CODE_USED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40150 LOGIN_FAILED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthWechatAuthorizeUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description snsapi_base: silent, the openid (and UnionID when the app is bound); snsapi_userinfo: asks the user, for the UnionID
                     * @default snsapi_base
                     * @enum {string}
                     */
                    scope?: "snsapi_base" | "snsapi_userinfo";
                    campaignId?: string;
                    /** @description the distributor id of the link (the page's `ref`) */
                    ref?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            url: string;
                            state: string;
                            redirectUri: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1AuthWechatOauth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    state: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            tokenType: "Bearer";
                            accessToken: string;
                            expiresIn: number;
                            refreshToken: string;
                            refreshExpiresIn: number;
                            passwordExpired: boolean;
                            /**
                             * @description why the password must be changed before anything else: 'first-login' (an administrator set it) or 'expired' (older than the policy allows); null when it need not
                             * @enum {string|null}
                             */
                            passwordChangeReason: "first-login" | "expired" | null;
                            user: {
                                userId: string;
                                username: string;
                                roles: string[];
                                permissions: string[];
                                brandIds: string[];
                                /**
                                 * @description the session of this token: the `id` /auth/sessions lists and /auth/sessions/{id} revokes
                                 * @example 4f6c2a9e0b1d4c3e8a7f5b6d9c0e1f2a
                                 */
                                sessionId: string | null;
                            };
                            wechat: {
                                openid: string;
                                unionid: string | null;
                                scope: string;
                            };
                            referral: {
                                campaignId: string | null;
                                referrerId: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40072 WECHAT_STATE_INVALID; 40070 WECHAT_CODE_INVALID; 40071 WECHAT_CODE_USED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40150 LOGIN_FAILED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50250 WECHAT_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1OrdersPaymentCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    create_time: string;
                    /** @enum {string} */
                    resource_type: "encrypt-resource";
                    event_type: string;
                    summary?: string;
                    resource: {
                        /** @enum {string} */
                        algorithm: "AEAD_AES_256_GCM";
                        ciphertext: string;
                        associated_data?: string;
                        /** @enum {string} */
                        original_type: "transaction" | "refund";
                        nonce: string;
                    };
                };
            };
        };
        responses: {
            /** @description accepted (also for a replay) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUCCESS";
                        message: string;
                    };
                };
            };
            /** @description malformed body, or a genuine notification that does not match the order (amount) or is for another merchant or app */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description refused: signature, timestamp, serial or encryption not genuine */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description no such order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description a refund for an order not paid yet (WeChat re-sends it once the payment is in) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description a dependency is unavailable or too many notifications are in flight: WeChat re-sends after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before sending again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
        };
    };
    postApiV1OrdersRefundCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    create_time: string;
                    /** @enum {string} */
                    resource_type: "encrypt-resource";
                    event_type: string;
                    summary?: string;
                    resource: {
                        /** @enum {string} */
                        algorithm: "AEAD_AES_256_GCM";
                        ciphertext: string;
                        associated_data?: string;
                        /** @enum {string} */
                        original_type: "transaction" | "refund";
                        nonce: string;
                    };
                };
            };
        };
        responses: {
            /** @description accepted (also for a replay) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUCCESS";
                        message: string;
                    };
                };
            };
            /** @description malformed body, or a genuine notification that does not match the order (amount) or is for another merchant or app */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description refused: signature, timestamp, serial or encryption not genuine */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description no such order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description a refund for an order not paid yet (WeChat re-sends it once the payment is in) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description internal error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
            /** @description a dependency is unavailable or too many notifications are in flight: WeChat re-sends after Retry-After */
            503: {
                headers: {
                    /** @description seconds to wait before sending again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FAIL";
                        message: string;
                    };
                };
            };
        };
    };
    getApiV1Orders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                campaignId?: string;
                brandId?: string;
                status?: "pending" | "paid" | "cancelled" | "refunded";
                payStatus?: "unpaid" | "paid" | "refunded";
                phone?: string;
                orderNo?: string;
                /** @description created at or after (ISO-8601) */
                from?: string;
                /** @description created before (ISO-8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                orderNo: string;
                                campaignId: string;
                                campaignName: string | null;
                                brandId: string;
                                memberId: string | null;
                                /** @description in full: admins only */
                                phone: string;
                                /** @example 99.00 */
                                amount: string;
                                /** @enum {string} */
                                status: "pending" | "paid" | "cancelled" | "refunded";
                                /** @enum {string} */
                                payStatus: "unpaid" | "paid" | "refunded";
                                syncStatus: string;
                                referrerId: string | null;
                                tradeNo: string | null;
                                /** Format: date-time */
                                paidAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description unpaid past this, the order is closed (status cancelled) and its seat freed
                                 */
                                payExpiresAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                /**
                                 * @description why it was closed unpaid
                                 * @enum {string|null}
                                 */
                                closeReason: "expired" | "provider_closed" | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Orders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    campaignId: string;
                    /** @description the sign-up's mobile number; without it, formData.phone is used, and one of them is required */
                    phone?: string;
                    formData: {
                        [key: string]: unknown;
                    };
                    referrerId?: string;
                    idempotencyKey?: string;
                    unionid?: string;
                    openid?: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            orderId: string;
                            orderNo: string;
                            /** @example 99.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "pending";
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40401 CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40001 ORDER_DUPLICATE; 40005 CAMPAIGN_NOT_ACTIVE; 40002 CAMPAIGN_NOT_STARTED; 40003 CAMPAIGN_ENDED; 40004 CAMPAIGN_SOLD_OUT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1OrdersOrderNoPay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    openid: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            orderNo: string;
                            /** @example 99.00 */
                            amount: string;
                            prepayId: string;
                            payParams: {
                                appId: string;
                                timeStamp: string;
                                nonceStr: string;
                                package: string;
                                signType: string;
                                paySign: string;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40007 ORDER_NOT_PAYABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1OrdersOrderNoPayH5: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            orderNo: string;
                            /** @example 99.00 */
                            amount: string;
                            h5Url: string;
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40007 ORDER_NOT_PAYABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1OrdersOrderNoPayApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            orderNo: string;
                            /** @example 99.00 */
                            amount: string;
                            payParams: {
                                /** @description the mobile app's appid (WeChat Open Platform) */
                                appid: string;
                                /** @description the merchant number (mchid) */
                                partnerid: string;
                                prepayid: string;
                                /** @enum {string} */
                                package: "Sign=WXPay";
                                noncestr: string;
                                /** @description seconds since the epoch */
                                timestamp: string;
                                /** @description base64 RSA-SHA256 with the merchant key over "appid\ntimestamp\nnoncestr\nprepayid\n" */
                                sign: string;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40007 ORDER_NOT_PAYABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1OrdersRefunds: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "processing" | "success" | "closed" | "abnormal" | "failed";
                /** @description true: only abnormal refunds and refunds still processing past REFUND_STUCK_AFTER_SECONDS */
                needsAction?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                outRefundNo: string;
                                refundId: string | null;
                                /** @example 99.00 */
                                amount: string;
                                /**
                                 * @description processing: asked, not finished (queried until it ends); success: money returned, rewards reversed once the order is fully refunded; closed, abnormal, failed: no money moved
                                 * @enum {string}
                                 */
                                status: "processing" | "success" | "closed" | "abnormal" | "failed";
                                reason: string | null;
                                requestedBy: string | null;
                                /** Format: date-time */
                                succeededAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description abnormal, or still processing past REFUND_STUCK_AFTER_SECONDS: an admin must look at it */
                                needsAction: boolean;
                                /** @description what the status means and what to do, Chinese first, then English; null once it succeeded */
                                guidance: string | null;
                                orderId: string;
                                orderNo: string;
                                brandId: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1OrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            orderNo: string;
                            campaignId: string;
                            campaignName: string | null;
                            brandId: string;
                            memberId: string | null;
                            /** @description in full: admins only */
                            phone: string;
                            /** @example 99.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "pending" | "paid" | "cancelled" | "refunded";
                            /** @enum {string} */
                            payStatus: "unpaid" | "paid" | "refunded";
                            syncStatus: string;
                            referrerId: string | null;
                            tradeNo: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description unpaid past this, the order is closed (status cancelled) and its seat freed
                             */
                            payExpiresAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /**
                             * @description why it was closed unpaid
                             * @enum {string|null}
                             */
                            closeReason: "expired" | "provider_closed" | null;
                            formData: {
                                [key: string]: unknown;
                            };
                            rewards: {
                                id: string;
                                level: number;
                                userId: string;
                                distributorId: string;
                                /** @example 99.00 */
                                amount: string;
                                status: string;
                                /** Format: date-time */
                                settledAt: string | null;
                                /** Format: date-time */
                                reversedAt: string | null;
                            }[];
                            refunds: {
                                id: string;
                                outRefundNo: string;
                                refundId: string | null;
                                /** @example 99.00 */
                                amount: string;
                                /**
                                 * @description processing: asked, not finished (queried until it ends); success: money returned, rewards reversed once the order is fully refunded; closed, abnormal, failed: no money moved
                                 * @enum {string}
                                 */
                                status: "processing" | "success" | "closed" | "abnormal" | "failed";
                                reason: string | null;
                                requestedBy: string | null;
                                /** Format: date-time */
                                succeededAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description abnormal, or still processing past REFUND_STUCK_AFTER_SECONDS: an admin must look at it */
                                needsAction: boolean;
                                /** @description what the status means and what to do, Chinese first, then English; null once it succeeded */
                                guidance: string | null;
                            }[];
                            /** @description the order's payment trace in the trace store's UI (Zipkin), when one is configured (OPS_TRACES_URL) and the order was paid; else null */
                            traceUrl: string | null;
                        } | {
                            id: string;
                            orderNo: string;
                            campaignId: string;
                            brandId: string;
                            /** @description masked: 138****1234 */
                            phone: string;
                            /** @example 99.00 */
                            amount: string;
                            status: string;
                            payStatus: string;
                            tradeNo: string | null;
                            paidAt: string | null;
                            createdAt: string;
                            /** @description unpaid past this, the order is closed (status cancelled) and its seat freed */
                            payExpiresAt: string | null;
                            closedAt: string | null;
                            /**
                             * @description why it was closed unpaid
                             * @enum {string|null}
                             */
                            closeReason: "expired" | "provider_closed" | null;
                            /** @description set when DMH refunded a payment on its own (it came after the order was closed and the campaign was full) */
                            refundReason: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1OrdersIdRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description default: everything not refunded yet
                     * @example 99.00
                     */
                    amount?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            refund: {
                                id: string;
                                outRefundNo: string;
                                refundId: string | null;
                                /** @example 99.00 */
                                amount: string;
                                /**
                                 * @description processing: asked, not finished (queried until it ends); success: money returned, rewards reversed once the order is fully refunded; closed, abnormal, failed: no money moved
                                 * @enum {string}
                                 */
                                status: "processing" | "success" | "closed" | "abnormal" | "failed";
                                reason: string | null;
                                requestedBy: string | null;
                                /** Format: date-time */
                                succeededAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description abnormal, or still processing past REFUND_STUCK_AFTER_SECONDS: an admin must look at it */
                                needsAction: boolean;
                                /** @description what the status means and what to do, Chinese first, then English; null once it succeeded */
                                guidance: string | null;
                            };
                            order: {
                                id: string;
                                status: string;
                                payStatus: string;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40006 PAYMENT_AMOUNT_MISMATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40990 ORDER_NOT_REFUNDABLE; 40991 REFUND_AMOUNT_EXCEEDED; 40992 REFUND_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1OrdersOrderNoEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the stream: `status` events (JSON data), `timeout`, heartbeat comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40402 ORDER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1RewardsBalanceUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            userId: string;
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            balance: string;
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            frozen: string;
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            totalReward: string;
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            totalWithdrawn: string;
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            debt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1RewardsUserId: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                orderId: string;
                                campaignId: string;
                                brandId: string;
                                distributorId: string;
                                level: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                amount: string;
                                status: string;
                                /** Format: date-time */
                                settledAt: string | null;
                                /** Format: date-time */
                                reversedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1RewardsUserIdLedger: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                /** @enum {string} */
                                entryType: "reward_credit" | "reward_reversal" | "withdraw_freeze" | "withdraw_unfreeze" | "withdraw_paid" | "debt_repayment";
                                /** @description the reward (reward_*), the withdrawal (withdraw_*) or the ledger entry whose money repaid the debt (debt_repayment) */
                                refId: string;
                                /**
                                 * @description signed change to the available balance
                                 * @example 10.00
                                 */
                                amount: string;
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                balanceAfter: string;
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                frozenAfter: string;
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                debtAfter: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Brands: {
        parameters: {
            query?: {
                /** @description part of the name */
                q?: string;
                status?: "active" | "disabled";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                name: string;
                                logo: string | null;
                                description: string | null;
                                /** @enum {string} */
                                status: "active" | "disabled";
                                settings: {
                                    /**
                                     * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                                     * @example 3
                                     */
                                    rewardLevels: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Brands: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uri */
                    logo?: string | null;
                    description?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    settings?: {
                        /**
                         * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                         * @example 3
                         */
                        rewardLevels?: number;
                    };
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            name: string;
                            logo: string | null;
                            description: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            settings: {
                                /**
                                 * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                                 * @example 3
                                 */
                                rewardLevels: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40980 BRAND_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1BrandsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            name: string;
                            logo: string | null;
                            description: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            settings: {
                                /**
                                 * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                                 * @example 3
                                 */
                                rewardLevels: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1BrandsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: uri */
                    logo?: string | null;
                    description?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    settings?: {
                        /**
                         * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                         * @example 3
                         */
                        rewardLevels?: number;
                    };
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            name: string;
                            logo: string | null;
                            description: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled";
                            settings: {
                                /**
                                 * @description How many distributor levels the brand pays (1–3). Multi-level commissions face platform rules in some markets: 1 pays the referrer only.
                                 * @example 3
                                 */
                                rewardLevels: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40980 BRAND_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandId: string;
                    /** @description the code of the referrer's link */
                    referrerCode?: string;
                    /** @description the referrer's distributor id */
                    referrerId?: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            username: string;
                            realName: string | null;
                            brandId: string;
                            brandName: string;
                            level: number;
                            parentId: string | null;
                            /** @description the upline's username (who referred the applicant) */
                            parentUsername: string | null;
                            /** @enum {string} */
                            status: "pending" | "active" | "rejected" | "suspended";
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            totalEarnings: string;
                            orderCount: number;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40981 BRAND_NOT_ACTIVE; 40982 DISTRIBUTOR_ALREADY_APPLIED; 40983 DISTRIBUTOR_LEVEL_LIMIT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorApplications: {
        parameters: {
            query?: {
                status?: "pending" | "active" | "rejected" | "suspended";
                brandId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                userId: string;
                                username: string;
                                realName: string | null;
                                brandId: string;
                                brandName: string;
                                level: number;
                                parentId: string | null;
                                /** @description the upline's username (who referred the applicant) */
                                parentUsername: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                orderCount: number;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                rejectedAt: string | null;
                                rejectReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            username: string;
                            realName: string | null;
                            brandId: string;
                            brandName: string;
                            level: number;
                            parentId: string | null;
                            /** @description the upline's username (who referred the applicant) */
                            parentUsername: string | null;
                            /** @enum {string} */
                            status: "pending" | "active" | "rejected" | "suspended";
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            totalEarnings: string;
                            orderCount: number;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40984 DISTRIBUTOR_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            username: string;
                            realName: string | null;
                            brandId: string;
                            brandName: string;
                            level: number;
                            parentId: string | null;
                            /** @description the upline's username (who referred the applicant) */
                            parentUsername: string | null;
                            /** @enum {string} */
                            status: "pending" | "active" | "rejected" | "suspended";
                            /**
                             * @description yuan, two decimals
                             * @example 10.00
                             */
                            totalEarnings: string;
                            orderCount: number;
                            /** Format: date-time */
                            approvedAt: string | null;
                            /** Format: date-time */
                            rejectedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40984 DISTRIBUTOR_NOT_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                userId: string;
                                username: string;
                                realName: string | null;
                                brandId: string;
                                brandName: string;
                                level: number;
                                parentId: string | null;
                                /** @description the upline's username (who referred the applicant) */
                                parentUsername: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                orderCount: number;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                rejectedAt: string | null;
                                rejectReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorSubordinatesBrandId: {
        parameters: {
            query?: {
                /** @description admins: whose tree (default: the caller's own) */
                distributorId?: string;
            };
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            root: {
                                id: string;
                                userId: string;
                                username: string;
                                level: number;
                                parentId: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                orderCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            children: {
                                id: string;
                                userId: string;
                                username: string;
                                level: number;
                                parentId: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                orderCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                children: {
                                    id: string;
                                    userId: string;
                                    username: string;
                                    level: number;
                                    parentId: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "active" | "rejected" | "suspended";
                                    /**
                                     * @description yuan, two decimals
                                     * @example 10.00
                                     */
                                    totalEarnings: string;
                                    orderCount: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorStatisticsBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            /**
                             * @description 'brand' for its admins; 'distributor': the caller's own numbers
                             * @enum {string}
                             */
                            scope: "brand" | "distributor";
                            distributorId: string | null;
                            distributors: {
                                total: number;
                                active: number;
                                pending: number;
                            } | null;
                            clicks: number;
                            /** @description sign-ups with a referrer (any payment state) */
                            orders: number;
                            paidOrders: number;
                            /** @description paid orders per counted click (0 without clicks), 4 decimals */
                            conversionRate: number;
                            earnings: {
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                total: string;
                                byLevel: {
                                    level: number;
                                    /**
                                     * @description yuan, two decimals
                                     * @example 10.00
                                     */
                                    amount: string;
                                    rewards: number;
                                }[];
                            };
                            topDistributors: {
                                distributorId: string;
                                username: string;
                                level: number;
                                paidOrders: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                earnings: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorTree: {
        parameters: {
            query: {
                brandId: string;
                /** @description whose children (default: the brand's level-1 distributors; with q: the whole brand) */
                parentId?: string;
                /** @description search: username or real name (contains), or the id */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                userId: string;
                                username: string;
                                realName: string | null;
                                brandId: string;
                                level: number;
                                parentId: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description rewards earned at every level, net of reversals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                /** @description paid orders it referred itself (level-1 rewards) */
                                orderCount: number;
                                /** @description settled rewards at every level */
                                rewardCount: number;
                                /** @description direct subordinates (active or suspended; applicants are not counted) */
                                childCount: number;
                                /** @description everyone below it, every level */
                                teamSize: number;
                                /** @description its upline, nearest first */
                                ancestors: {
                                    id: string;
                                    username: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorIdLinks: {
        parameters: {
            query?: {
                campaignId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                distributorId: string;
                                brandId: string;
                                campaignId: string;
                                campaignName: string;
                                code: string;
                                /** @description the share URL: redirects to the campaign page with the referrer */
                                url: string;
                                clicks: number;
                                orders: number;
                                paidOrders: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorIdUpline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the new upline's distributor id; null: a level-1 distributor */
                    parentId: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            distributor: {
                                id: string;
                                userId: string;
                                username: string;
                                realName: string | null;
                                brandId: string;
                                brandName: string;
                                level: number;
                                parentId: string | null;
                                /** @description the upline's username (who referred the applicant) */
                                parentUsername: string | null;
                                /** @enum {string} */
                                status: "pending" | "active" | "rejected" | "suspended";
                                /**
                                 * @description yuan, two decimals
                                 * @example 10.00
                                 */
                                totalEarnings: string;
                                orderCount: number;
                                /** Format: date-time */
                                approvedAt: string | null;
                                /** Format: date-time */
                                rejectedAt: string | null;
                                rejectReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** @description false when it already had this upline (nothing changed) */
                            applied: boolean;
                            /** @description distributors below it whose level moved with it */
                            team: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40985 DISTRIBUTOR_UPLINE_CYCLE; 40986 DISTRIBUTOR_UPLINE_TOO_DEEP; 40987 DISTRIBUTOR_UPLINE_NOT_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorPosterTemplateBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            template: {
                                background: {
                                    color: string;
                                    /** @description one of the brand's image assets, drawn to cover the poster; null: the colour only */
                                    image: string | null;
                                };
                                avatar: {
                                    visible: boolean;
                                    x: number;
                                    y: number;
                                    size: number;
                                };
                                nickname: {
                                    visible: boolean;
                                    x: number;
                                    y: number;
                                    fontSize: number;
                                    color: string;
                                };
                                qr: {
                                    x: number;
                                    y: number;
                                    size: number;
                                };
                            };
                            /** @description false: the brand has none yet (this is the default to start from) */
                            custom: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /** @description the brand's image assets, the backgrounds it may use */
                            images: {
                                url: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1DistributorPosterTemplateBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    background: {
                        color: string;
                        /** @description one of the brand's image assets, drawn to cover the poster; null: the colour only */
                        image: string | null;
                    };
                    avatar: {
                        visible: boolean;
                        x: number;
                        y: number;
                        size: number;
                    };
                    nickname: {
                        visible: boolean;
                        x: number;
                        y: number;
                        fontSize: number;
                        color: string;
                    };
                    qr: {
                        x: number;
                        y: number;
                        size: number;
                    };
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            template: {
                                background: {
                                    color: string;
                                    /** @description one of the brand's image assets, drawn to cover the poster; null: the colour only */
                                    image: string | null;
                                };
                                avatar: {
                                    visible: boolean;
                                    x: number;
                                    y: number;
                                    size: number;
                                };
                                nickname: {
                                    visible: boolean;
                                    x: number;
                                    y: number;
                                    fontSize: number;
                                    color: string;
                                };
                                qr: {
                                    x: number;
                                    y: number;
                                    size: number;
                                };
                            };
                            /** @description false: the brand has none yet (this is the default to start from) */
                            custom: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            /** @description the brand's image assets, the backgrounds it may use */
                            images: {
                                url: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorPosterTemplateBrandIdPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    background: {
                        color: string;
                        /** @description one of the brand's image assets, drawn to cover the poster; null: the colour only */
                        image: string | null;
                    };
                    avatar: {
                        visible: boolean;
                        x: number;
                        y: number;
                        size: number;
                    };
                    nickname: {
                        visible: boolean;
                        x: number;
                        y: number;
                        fontSize: number;
                        color: string;
                    };
                    qr: {
                        x: number;
                        y: number;
                        size: number;
                    };
                };
            };
        };
        responses: {
            /** @description the preview, 750×1334 PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DistributorLinkGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    campaignId: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            distributorId: string;
                            brandId: string;
                            campaignId: string;
                            campaignName: string;
                            code: string;
                            /** @description the share URL: redirects to the campaign page with the referrer */
                            url: string;
                            clicks: number;
                            orders: number;
                            paidOrders: number;
                            /** Format: date-time */
                            createdAt: string;
                            created: boolean;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40370 DISTRIBUTOR_NOT_ACTIVE; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`); 40401 CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorLinks: {
        parameters: {
            query?: {
                brandId?: string;
                campaignId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                distributorId: string;
                                brandId: string;
                                campaignId: string;
                                campaignName: string;
                                code: string;
                                /** @description the share URL: redirects to the campaign page with the referrer */
                                url: string;
                                clicks: number;
                                orders: number;
                                paidOrders: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorLinkIdPoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the poster, 750×1334 PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DistributorLCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description redirect (Location: the campaign H5 page with ?ref=<distributorId>) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Users: {
        parameters: {
            query?: {
                keyword?: string;
                status?: "active" | "disabled" | "locked";
                role?: string;
                brandId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                username: string;
                                realName: string | null;
                                phone: string | null;
                                email: string | null;
                                status: string;
                                roles: string[];
                                brandIds: string[];
                                failedLoginCount: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                lockedUntil: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                lastLoginAt: string | null;
                                lastLoginIp: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                passwordChangedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /** @default null */
                    phone?: string | null;
                    /**
                     * Format: email
                     * @default null
                     */
                    email?: string | null;
                    /** @default null */
                    realName?: string | null;
                    roles: string[];
                    /** @default [] */
                    brandIds?: string[];
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40050 PASSWORD_POLICY_VIOLATION */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40950 USERNAME_TAKEN; 40951 PHONE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1UsersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1UsersIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: string[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40957 SELF_CHANGE_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1UsersIdBrands: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandIds: string[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1UsersIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40957 SELF_CHANGE_REFUSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1UsersIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1UsersIdUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            username: string;
                            realName: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            roles: string[];
                            brandIds: string[];
                            failedLoginCount: number;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lockedUntil: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            lastLoginAt: string | null;
                            lastLoginIp: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            passwordChangedAt: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Roles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                        }[];
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Roles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @default null */
                    description?: string | null;
                    /** @default [] */
                    permissions?: string[];
                    /** @default [] */
                    menuIds?: string[];
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                            permissions: string[];
                            menuIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40952 ROLE_CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1RolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                            permissions: string[];
                            menuIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1RolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default null */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                            permissions: string[];
                            menuIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1RolesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: null;
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40953 ROLE_BUILT_IN; 40954 ROLE_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1RolesIdPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    permissions: string[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                            permissions: string[];
                            menuIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40350 GRANT_EXCEEDS_OWN; 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40953 ROLE_BUILT_IN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1RolesIdMenus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    menuIds: string[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            userCount: number;
                            permissions: string[];
                            menuIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Permissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            code: string;
                            resource: string;
                            action: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Menus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: components["schemas"]["MenuNode"][];
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Menus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    parentId?: string | null;
                    code: string;
                    name: string;
                    /** @default null */
                    path?: string | null;
                    /** @default null */
                    icon?: string | null;
                    /** @default 0 */
                    sort?: number;
                    /** @default null */
                    permissionCode?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            path: string | null;
                            icon: string | null;
                            sort: number;
                            permissionCode: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40955 MENU_CODE_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1MenusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    parentId?: string | null;
                    code: string;
                    name: string;
                    /** @default null */
                    path?: string | null;
                    /** @default null */
                    icon?: string | null;
                    /** @default 0 */
                    sort?: number;
                    /** @default null */
                    permissionCode?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            parentId: string | null;
                            code: string;
                            name: string;
                            path: string | null;
                            icon: string | null;
                            sort: number;
                            permissionCode: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40955 MENU_CODE_TAKEN; 40958 MENU_PARENT_CYCLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1MenusId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: null;
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40956 MENU_HAS_CHILDREN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SecurityPasswordPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            minLength: number;
                            requireUpper: boolean;
                            requireLower: boolean;
                            requireDigit: boolean;
                            requireSpecial: boolean;
                            historyCount: number;
                            maxAgeDays: number;
                            maxLoginAttempts: number;
                            lockoutMinutes: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1SecurityPasswordPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    minLength: number;
                    requireUpper: boolean;
                    requireLower: boolean;
                    requireDigit: boolean;
                    requireSpecial: boolean;
                    historyCount: number;
                    maxAgeDays: number;
                    maxLoginAttempts: number;
                    lockoutMinutes: number;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            minLength: number;
                            requireUpper: boolean;
                            requireLower: boolean;
                            requireDigit: boolean;
                            requireSpecial: boolean;
                            historyCount: number;
                            maxAgeDays: number;
                            maxLoginAttempts: number;
                            lockoutMinutes: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SecurityEvents: {
        parameters: {
            query?: {
                type?: string;
                severity?: "low" | "medium" | "high" | "critical";
                handled?: "true" | "false";
                userId?: string;
                ip?: string;
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                type: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high" | "critical";
                                userId: string | null;
                                ip: string | null;
                                detail: {
                                    [key: string]: unknown;
                                } | null;
                                handled: boolean;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1SecurityEventsIdHandle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            type: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            userId: string | null;
                            ip: string | null;
                            detail: {
                                [key: string]: unknown;
                            } | null;
                            handled: boolean;
                            /**
                             * Format: date-time
                             * @example 2026-11-25T12:00:00.000Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SecurityLoginAttempts: {
        parameters: {
            query?: {
                username?: string;
                userId?: string;
                ip?: string;
                success?: "true" | "false";
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                username: string;
                                userId: string | null;
                                ip: string;
                                success: boolean;
                                reason: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1AuditLogsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            intact: boolean;
                            checked: number;
                            brokenId: string | null;
                            /** @enum {string|null} */
                            reason: "hash" | "prev_hash" | "head" | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1AuditLogs: {
        parameters: {
            query?: {
                userId?: string;
                resource?: string;
                resourceId?: string;
                action?: string;
                brandId?: string;
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                userId: string | null;
                                username: string | null;
                                action: string;
                                resource: string;
                                resourceId: string | null;
                                brandId: string | null;
                                ip: string | null;
                                userAgent: string | null;
                                before?: unknown;
                                after?: unknown;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                                prevHash: string;
                                hash: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Members: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description part of the name, nickname or phone */
                keyword?: string;
                tagId?: string;
                brandId?: string;
                /** @description merged members are listed only when asked for */
                status?: "active" | "disabled" | "merged";
                createdFrom?: string;
                createdTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                /** @description null while the member is known only by phone */
                                unionid: string | null;
                                phone: string | null;
                                phoneMasked: boolean;
                                nickname: string | null;
                                avatar: string | null;
                                gender: string | null;
                                /** @enum {string} */
                                status: "active" | "disabled" | "merged";
                                realName: string | null;
                                city: string | null;
                                firstSource: string | null;
                                mergedIntoId: string | null;
                                /** @description a member with the same phone and another UnionID */
                                conflictMemberId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                tags: {
                                    id: string;
                                    brandId: string | null;
                                    name: string;
                                    color: string | null;
                                }[];
                                brandIds: string[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1MembersMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sourceId: string;
                    targetId: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            sourceId: string;
                            targetId: string;
                            moved: {
                                orders: number;
                                tagLinks: number;
                                brandLinks: number;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40930 MEMBER_MERGE_SELF; 40931 MEMBER_ALREADY_MERGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1MembersMatchingRedrive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 60 */
                    olderThanSeconds?: number;
                    /** @default 200 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            scanned: number;
                            matched: number;
                            failed: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MembersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            /** @description null while the member is known only by phone */
                            unionid: string | null;
                            phone: string | null;
                            phoneMasked: boolean;
                            nickname: string | null;
                            avatar: string | null;
                            gender: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled" | "merged";
                            realName: string | null;
                            city: string | null;
                            firstSource: string | null;
                            mergedIntoId: string | null;
                            /** @description a member with the same phone and another UnionID */
                            conflictMemberId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            tags: {
                                id: string;
                                brandId: string | null;
                                name: string;
                                color: string | null;
                            }[];
                            brandIds: string[];
                            openid: string | null;
                            /** Format: date-time */
                            mergedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            profile: {
                                realName: string | null;
                                /**
                                 * Format: date
                                 * @example 1990-05-01
                                 */
                                birthday: string | null;
                                city: string | null;
                                address: string | null;
                                extra: {
                                    [key: string]: string | number | boolean | null;
                                } | null;
                            };
                            brandLinks: {
                                brandId: string;
                                brandName: string | null;
                                firstCampaignId: string | null;
                                /** Format: date-time */
                                firstSeenAt: string;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                orderCount: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                totalSpent: string;
                            }[];
                            /** @description newest first, at most 100 */
                            orders: {
                                id: string;
                                orderNo: string;
                                campaignId: string;
                                brandId: string;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                amount: string;
                                status: string;
                                payStatus: string;
                                /** Format: date-time */
                                paidAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @description rewards paid on the member's orders, newest first, at most 100 */
                            rewards: {
                                id: string;
                                orderId: string;
                                brandId: string;
                                distributorId: string;
                                level: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                amount: string;
                                status: string;
                                /** Format: date-time */
                                settledAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1MembersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nickname?: string | null;
                    /** Format: uri */
                    avatar?: string | null;
                    gender?: string | null;
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    profile?: {
                        realName?: string | null;
                        /**
                         * Format: date
                         * @example 1990-05-01
                         */
                        birthday?: string | null;
                        city?: string | null;
                        address?: string | null;
                        extra?: {
                            [key: string]: string | number | boolean | null;
                        } | null;
                    };
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            /** @description null while the member is known only by phone */
                            unionid: string | null;
                            phone: string | null;
                            phoneMasked: boolean;
                            nickname: string | null;
                            avatar: string | null;
                            gender: string | null;
                            /** @enum {string} */
                            status: "active" | "disabled" | "merged";
                            realName: string | null;
                            city: string | null;
                            firstSource: string | null;
                            mergedIntoId: string | null;
                            /** @description a member with the same phone and another UnionID */
                            conflictMemberId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            tags: {
                                id: string;
                                brandId: string | null;
                                name: string;
                                color: string | null;
                            }[];
                            brandIds: string[];
                            openid: string | null;
                            /** Format: date-time */
                            mergedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            profile: {
                                realName: string | null;
                                /**
                                 * Format: date
                                 * @example 1990-05-01
                                 */
                                birthday: string | null;
                                city: string | null;
                                address: string | null;
                                extra: {
                                    [key: string]: string | number | boolean | null;
                                } | null;
                            };
                            brandLinks: {
                                brandId: string;
                                brandName: string | null;
                                firstCampaignId: string | null;
                                /** Format: date-time */
                                firstSeenAt: string;
                                /** Format: date-time */
                                lastOrderAt: string | null;
                                orderCount: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                totalSpent: string;
                            }[];
                            /** @description newest first, at most 100 */
                            orders: {
                                id: string;
                                orderNo: string;
                                campaignId: string;
                                brandId: string;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                amount: string;
                                status: string;
                                payStatus: string;
                                /** Format: date-time */
                                paidAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @description rewards paid on the member's orders, newest first, at most 100 */
                            rewards: {
                                id: string;
                                orderId: string;
                                brandId: string;
                                distributorId: string;
                                level: number;
                                /**
                                 * @description yuan, two decimals
                                 * @example 99.00
                                 */
                                amount: string;
                                status: string;
                                /** Format: date-time */
                                settledAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40931 MEMBER_ALREADY_MERGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MembersTags: {
        parameters: {
            query?: {
                brandId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                brandId: string | null;
                                name: string;
                                color: string | null;
                                /** @description members of your brands carrying the tag */
                                memberCount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1MembersTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the brand the tag belongs to (required for brand admins; omitted by a platform admin: a platform-wide tag) */
                    brandId?: string;
                    name: string;
                    color?: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string | null;
                            name: string;
                            color: string | null;
                            /** @description members of your brands carrying the tag */
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40932 MEMBER_TAG_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1MembersTagsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "add" | "remove";
                    tagIds: string[];
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            action: "add" | "remove";
                            /** @description member × tag pairs asked for */
                            requested: number;
                            /** @description pairs added (or removed) by this call */
                            changed: number;
                            /** @description pairs already in the asked state: a repeated call changes nothing */
                            unchanged: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1MembersTagsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    color?: string | null;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string | null;
                            name: string;
                            color: string | null;
                            /** @description members of your brands carrying the tag */
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40932 MEMBER_TAG_NAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1MembersTagsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            unlinkedMembers: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1MembersExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format: "csv" | "xlsx";
                    /** @description part of the name, nickname or phone */
                    keyword?: string;
                    tagId?: string;
                    brandId?: string;
                    /**
                     * @description merged members are listed only when asked for
                     * @enum {string}
                     */
                    status?: "active" | "disabled" | "merged";
                    /** Format: date-time */
                    createdFrom?: string;
                    /** Format: date-time */
                    createdTo?: string;
                };
            };
        };
        responses: {
            /** @description success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            /** @description members matching the filters when the export started */
                            total: number;
                            /** @description rows written so far */
                            done: number;
                            error: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** @description where to download the file once status is done */
                            fileUrl: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MembersExportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            /** @description members matching the filters when the export started */
                            total: number;
                            /** @description rows written so far */
                            done: number;
                            error: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** @description where to download the file once status is done */
                            fileUrl: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MembersExportsIdFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the file, in the format the export was started with: CSV or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40933 MEMBER_EXPORT_NOT_READY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Campaigns: {
        parameters: {
            query?: {
                brandId?: string;
                status?: "draft" | "active" | "paused" | "ended";
                /** @description part of the name */
                keyword?: string;
                startsAfter?: string;
                startsBefore?: string;
                endsAfter?: string;
                endsBefore?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                brandId: string;
                                name: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "paused" | "ended";
                                /** @example 99.00 */
                                price: string;
                                quota: number | null;
                                seatsTaken: number;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                startTime: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                endTime: string;
                                coverImage: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Campaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandId: string;
                    name: string;
                    description?: string | null;
                    /**
                     * Format: uri
                     * @example https://cdn.example.com/cover.jpg
                     */
                    coverImage?: string | null;
                    /** @example 99.00 */
                    price: string;
                    /** @description seats; null = unlimited */
                    quota?: number | null;
                    /**
                     * Format: date-time
                     * @example 2026-05-01T08:00:00Z
                     */
                    startTime: string;
                    /**
                     * Format: date-time
                     * @example 2026-05-01T08:00:00Z
                     */
                    endTime: string;
                    formFields: {
                        key: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                        /** @default false */
                        required?: boolean;
                        placeholder?: string;
                        minLength?: number;
                        maxLength?: number;
                        min?: number;
                        max?: number;
                        pattern?: string;
                        patternMessage?: string;
                        options?: string[];
                        minDate?: string;
                        maxDate?: string;
                    }[];
                    /** @default [] */
                    rewardLevels?: ({
                        /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                        level: 1 | 2 | 3;
                        /** @enum {string} */
                        mode: "fixed";
                        /** @example 99.00 */
                        amount: string;
                    } | {
                        /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                        level: 1 | 2 | 3;
                        /** @enum {string} */
                        mode: "percent";
                        /** @example 12.5 */
                        percent: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "paused" | "ended";
                            /** @example 99.00 */
                            price: string;
                            quota: number | null;
                            seatsTaken: number;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            coverImage: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            view: "admin";
                            description: string | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                            rewardLevels: ({
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "fixed";
                                /** @example 99.00 */
                                amount: string;
                            } | {
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "percent";
                                /** @example 12.5 */
                                percent: string;
                            })[];
                            createdBy: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1CampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "paused" | "ended";
                            /** @example 99.00 */
                            price: string;
                            quota: number | null;
                            seatsTaken: number;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            coverImage: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            view: "admin";
                            description: string | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                            rewardLevels: ({
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "fixed";
                                /** @example 99.00 */
                                amount: string;
                            } | {
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "percent";
                                /** @example 12.5 */
                                percent: string;
                            })[];
                            createdBy: string | null;
                        } | {
                            /** @enum {string} */
                            view: "public";
                            id: string;
                            brandId: string;
                            name: string;
                            description: string | null;
                            coverImage: string | null;
                            /** @example 99.00 */
                            price: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            /** @enum {string} */
                            status: "active";
                            /** @description seats on sale; null: no limit */
                            quota: number | null;
                            /** @description seats still free: the quota minus orders pending payment or paid (0: full); null: no limit */
                            seatsLeft: number | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1CampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /**
                     * Format: uri
                     * @example https://cdn.example.com/cover.jpg
                     */
                    coverImage?: string | null;
                    /** @example 99.00 */
                    price?: string;
                    /** @description seats; null = unlimited */
                    quota?: number | null;
                    /**
                     * Format: date-time
                     * @example 2026-05-01T08:00:00Z
                     */
                    startTime?: string;
                    /**
                     * Format: date-time
                     * @example 2026-05-01T08:00:00Z
                     */
                    endTime?: string;
                    formFields?: {
                        key: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                        /** @default false */
                        required?: boolean;
                        placeholder?: string;
                        minLength?: number;
                        maxLength?: number;
                        min?: number;
                        max?: number;
                        pattern?: string;
                        patternMessage?: string;
                        options?: string[];
                        minDate?: string;
                        maxDate?: string;
                    }[];
                    rewardLevels?: ({
                        /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                        level: 1 | 2 | 3;
                        /** @enum {string} */
                        mode: "fixed";
                        /** @example 99.00 */
                        amount: string;
                    } | {
                        /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                        level: 1 | 2 | 3;
                        /** @enum {string} */
                        mode: "percent";
                        /** @example 12.5 */
                        percent: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "paused" | "ended";
                            /** @example 99.00 */
                            price: string;
                            quota: number | null;
                            seatsTaken: number;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            coverImage: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            view: "admin";
                            description: string | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                            rewardLevels: ({
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "fixed";
                                /** @example 99.00 */
                                amount: string;
                            } | {
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "percent";
                                /** @example 12.5 */
                                percent: string;
                            })[];
                            createdBy: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1CampaignsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            deletedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40910 CAMPAIGN_HAS_PAID_ORDERS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1CampaignsIdStats: {
        parameters: {
            query?: {
                /** @description page of the per-distributor breakdown */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            campaignId: string;
                            views: number;
                            /** @description orders created (any status) */
                            signups: number;
                            /** @description orders paid and not refunded */
                            paidOrders: number;
                            refundedOrders: number;
                            conversion: {
                                /** @description a ratio (0.25 = 25 %), null when the denominator is 0 */
                                paidPerView: number | null;
                                /** @description a ratio (0.25 = 25 %), null when the denominator is 0 */
                                paidPerSignup: number | null;
                            };
                            /**
                             * @description sum of the paid (not refunded) orders
                             * @example 198.00
                             */
                            revenue: string;
                            /**
                             * @description settled rewards
                             * @example 198.00
                             */
                            rewardsPaid: string;
                            /** @example 198.00 */
                            rewardsPending: string;
                            distributors: {
                                items: {
                                    distributorId: string;
                                    userId: string;
                                    username: string | null;
                                    /** @description sign-ups this distributor referred */
                                    orders: number;
                                    paidOrders: number;
                                    /** @example 198.00 */
                                    revenue: string;
                                    rewards: {
                                        /** @example 198.00 */
                                        level1: string;
                                        /** @example 198.00 */
                                        level2: string;
                                        /** @example 198.00 */
                                        level3: string;
                                        /** @example 198.00 */
                                        total: string;
                                    };
                                }[];
                                total: number;
                                page: number;
                                pageSize: number;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1CampaignsIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "paused" | "ended";
                            /** @example 99.00 */
                            price: string;
                            quota: number | null;
                            seatsTaken: number;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            coverImage: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            view: "admin";
                            description: string | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                            rewardLevels: ({
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "fixed";
                                /** @example 99.00 */
                                amount: string;
                            } | {
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "percent";
                                /** @example 12.5 */
                                percent: string;
                            })[];
                            createdBy: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40003 CAMPAIGN_ENDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1CampaignsIdUnpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "paused" | "ended";
                            /** @example 99.00 */
                            price: string;
                            quota: number | null;
                            seatsTaken: number;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            startTime: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            endTime: string;
                            coverImage: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            view: "admin";
                            description: string | null;
                            formFields: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                /** @default false */
                                required: boolean;
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                min?: number;
                                max?: number;
                                pattern?: string;
                                patternMessage?: string;
                                options?: string[];
                                minDate?: string;
                                maxDate?: string;
                            }[];
                            rewardLevels: ({
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "fixed";
                                /** @example 99.00 */
                                amount: string;
                            } | {
                                /** @description reward level: 1 = the referrer, 2 its parent, 3 its grandparent */
                                level: 1 | 2 | 3;
                                /** @enum {string} */
                                mode: "percent";
                                /** @example 12.5 */
                                percent: string;
                            })[];
                            createdBy: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1CampaignsIdPageConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            campaignId: string;
                            /** @description the latest saved version */
                            draft: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "archived";
                                config: {
                                    title?: string;
                                    theme?: {
                                        primaryColor?: string;
                                        backgroundColor?: string;
                                    };
                                    blocks: ({
                                        id: string;
                                        /** @enum {string} */
                                        type: "banner";
                                        /** Format: uri */
                                        imageUrl: string;
                                        title?: string;
                                        subtitle?: string;
                                        /** Format: uri */
                                        linkUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "richText";
                                        html: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "countdown";
                                        /** @enum {string} */
                                        target: "start" | "end";
                                        label?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "priceQuota";
                                        title?: string;
                                        showQuota?: boolean;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "form";
                                        title?: string;
                                        submitText?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "share";
                                        title: string;
                                        description?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        buttonText?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "faq";
                                        title?: string;
                                        items: {
                                            question: string;
                                            answer: string;
                                        }[];
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "image";
                                        /** Format: uri */
                                        url: string;
                                        alt?: string;
                                        /** Format: uri */
                                        linkUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "video";
                                        /** Format: uri */
                                        url: string;
                                        /** Format: uri */
                                        posterUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "spacer";
                                        height: number;
                                    })[];
                                };
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                publishedAt: string | null;
                                createdBy: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                createdAt: string;
                            } | null;
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "archived";
                                config: {
                                    title?: string;
                                    theme?: {
                                        primaryColor?: string;
                                        backgroundColor?: string;
                                    };
                                    blocks: ({
                                        id: string;
                                        /** @enum {string} */
                                        type: "banner";
                                        /** Format: uri */
                                        imageUrl: string;
                                        title?: string;
                                        subtitle?: string;
                                        /** Format: uri */
                                        linkUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "richText";
                                        html: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "countdown";
                                        /** @enum {string} */
                                        target: "start" | "end";
                                        label?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "priceQuota";
                                        title?: string;
                                        showQuota?: boolean;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "form";
                                        title?: string;
                                        submitText?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "share";
                                        title: string;
                                        description?: string;
                                        /** Format: uri */
                                        imageUrl?: string;
                                        buttonText?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "faq";
                                        title?: string;
                                        items: {
                                            question: string;
                                            answer: string;
                                        }[];
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "image";
                                        /** Format: uri */
                                        url: string;
                                        alt?: string;
                                        /** Format: uri */
                                        linkUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "video";
                                        /** Format: uri */
                                        url: string;
                                        /** Format: uri */
                                        posterUrl?: string;
                                    } | {
                                        id: string;
                                        /** @enum {string} */
                                        type: "spacer";
                                        height: number;
                                    })[];
                                };
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                publishedAt: string | null;
                                createdBy: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                createdAt: string;
                            } | null;
                            /** @description newest first, at most 100 */
                            versions: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "archived";
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                publishedAt: string | null;
                                createdBy: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1CampaignsIdPageConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    theme?: {
                        primaryColor?: string;
                        backgroundColor?: string;
                    };
                    blocks: ({
                        id: string;
                        /** @enum {string} */
                        type: "banner";
                        /** Format: uri */
                        imageUrl: string;
                        title?: string;
                        subtitle?: string;
                        /** Format: uri */
                        linkUrl?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "richText";
                        html: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "countdown";
                        /** @enum {string} */
                        target: "start" | "end";
                        label?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "priceQuota";
                        title?: string;
                        showQuota?: boolean;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "form";
                        title?: string;
                        submitText?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "share";
                        title: string;
                        description?: string;
                        /** Format: uri */
                        imageUrl?: string;
                        buttonText?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "faq";
                        title?: string;
                        items: {
                            question: string;
                            answer: string;
                        }[];
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "image";
                        /** Format: uri */
                        url: string;
                        alt?: string;
                        /** Format: uri */
                        linkUrl?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "video";
                        /** Format: uri */
                        url: string;
                        /** Format: uri */
                        posterUrl?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        type: "spacer";
                        height: number;
                    })[];
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published" | "archived";
                            config: {
                                title?: string;
                                theme?: {
                                    primaryColor?: string;
                                    backgroundColor?: string;
                                };
                                blocks: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "banner";
                                    /** Format: uri */
                                    imageUrl: string;
                                    title?: string;
                                    subtitle?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "richText";
                                    html: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "countdown";
                                    /** @enum {string} */
                                    target: "start" | "end";
                                    label?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "priceQuota";
                                    title?: string;
                                    showQuota?: boolean;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "form";
                                    title?: string;
                                    submitText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "share";
                                    title: string;
                                    description?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    buttonText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "faq";
                                    title?: string;
                                    items: {
                                        question: string;
                                        answer: string;
                                    }[];
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "image";
                                    /** Format: uri */
                                    url: string;
                                    alt?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "video";
                                    /** Format: uri */
                                    url: string;
                                    /** Format: uri */
                                    posterUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "spacer";
                                    height: number;
                                })[];
                            };
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            publishedAt: string | null;
                            createdBy: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1CampaignsIdPageConfigPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published" | "archived";
                            config: {
                                title?: string;
                                theme?: {
                                    primaryColor?: string;
                                    backgroundColor?: string;
                                };
                                blocks: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "banner";
                                    /** Format: uri */
                                    imageUrl: string;
                                    title?: string;
                                    subtitle?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "richText";
                                    html: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "countdown";
                                    /** @enum {string} */
                                    target: "start" | "end";
                                    label?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "priceQuota";
                                    title?: string;
                                    showQuota?: boolean;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "form";
                                    title?: string;
                                    submitText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "share";
                                    title: string;
                                    description?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    buttonText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "faq";
                                    title?: string;
                                    items: {
                                        question: string;
                                        answer: string;
                                    }[];
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "image";
                                    /** Format: uri */
                                    url: string;
                                    alt?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "video";
                                    /** Format: uri */
                                    url: string;
                                    /** Format: uri */
                                    posterUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "spacer";
                                    height: number;
                                })[];
                            };
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            publishedAt: string | null;
                            createdBy: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1CampaignsIdPageConfigVersionsVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "published" | "archived";
                            config: {
                                title?: string;
                                theme?: {
                                    primaryColor?: string;
                                    backgroundColor?: string;
                                };
                                blocks: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "banner";
                                    /** Format: uri */
                                    imageUrl: string;
                                    title?: string;
                                    subtitle?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "richText";
                                    html: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "countdown";
                                    /** @enum {string} */
                                    target: "start" | "end";
                                    label?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "priceQuota";
                                    title?: string;
                                    showQuota?: boolean;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "form";
                                    title?: string;
                                    submitText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "share";
                                    title: string;
                                    description?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    buttonText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "faq";
                                    title?: string;
                                    items: {
                                        question: string;
                                        answer: string;
                                    }[];
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "image";
                                    /** Format: uri */
                                    url: string;
                                    alt?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "video";
                                    /** Format: uri */
                                    url: string;
                                    /** Format: uri */
                                    posterUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "spacer";
                                    height: number;
                                })[];
                            };
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            publishedAt: string | null;
                            createdBy: string | null;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1CampaignsIdPageConfigPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @description the consumer app's address of the preview (`/c/:id?preview=…`), for the QR code */
                            url: string;
                            token: string;
                            /**
                             * Format: date-time
                             * @example 2026-05-01T08:00:00Z
                             */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1CampaignsIdPage: {
        parameters: {
            query?: {
                /** @description a preview token from POST /campaigns/{id}/page-config/preview */
                preview?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            campaign: {
                                /** @enum {string} */
                                view: "public";
                                id: string;
                                brandId: string;
                                name: string;
                                description: string | null;
                                coverImage: string | null;
                                /** @example 99.00 */
                                price: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                startTime: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-05-01T08:00:00Z
                                 */
                                endTime: string;
                                /**
                                 * @description always 'active' outside preview; a preview shows a campaign in any status
                                 * @enum {string}
                                 */
                                status: "draft" | "active" | "paused" | "ended";
                                /** @description seats on sale; null: no limit */
                                quota: number | null;
                                /** @description seats still free: the quota minus orders pending payment or paid (0: full); null: no limit */
                                seatsLeft: number | null;
                                formFields: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "text" | "phone" | "number" | "select" | "radio" | "checkbox" | "date" | "address";
                                    /** @default false */
                                    required: boolean;
                                    placeholder?: string;
                                    minLength?: number;
                                    maxLength?: number;
                                    min?: number;
                                    max?: number;
                                    pattern?: string;
                                    patternMessage?: string;
                                    options?: string[];
                                    minDate?: string;
                                    maxDate?: string;
                                }[];
                            };
                            version: number;
                            /**
                             * Format: date-time
                             * @description null for a preview of a version not published
                             * @example 2026-05-01T08:00:00Z
                             */
                            publishedAt: string | null;
                            /** @description true when a preview token opened the latest saved version */
                            preview: boolean;
                            config: {
                                title?: string;
                                theme?: {
                                    primaryColor?: string;
                                    backgroundColor?: string;
                                };
                                blocks: ({
                                    id: string;
                                    /** @enum {string} */
                                    type: "banner";
                                    /** Format: uri */
                                    imageUrl: string;
                                    title?: string;
                                    subtitle?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "richText";
                                    html: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "countdown";
                                    /** @enum {string} */
                                    target: "start" | "end";
                                    label?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "priceQuota";
                                    title?: string;
                                    showQuota?: boolean;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "form";
                                    title?: string;
                                    submitText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "share";
                                    title: string;
                                    description?: string;
                                    /** Format: uri */
                                    imageUrl?: string;
                                    buttonText?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "faq";
                                    title?: string;
                                    items: {
                                        question: string;
                                        answer: string;
                                    }[];
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "image";
                                    /** Format: uri */
                                    url: string;
                                    alt?: string;
                                    /** Format: uri */
                                    linkUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "video";
                                    /** Format: uri */
                                    url: string;
                                    /** Format: uri */
                                    posterUrl?: string;
                                } | {
                                    id: string;
                                    /** @enum {string} */
                                    type: "spacer";
                                    height: number;
                                })[];
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40310 PAGE_PREVIEW_INVALID */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Withdrawals: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "requested" | "approved" | "rejected" | "paid";
                userId?: string;
                brandId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                userId: string;
                                brandId: string | null;
                                /** @example 50.00 */
                                amount: string;
                                /** @enum {string} */
                                status: "requested" | "approved" | "rejected" | "paid";
                                accountInfo: {
                                    [key: string]: unknown;
                                } | null;
                                reviewedBy: string | null;
                                /** Format: date-time */
                                reviewedAt: string | null;
                                rejectReason: string | null;
                                /** Format: date-time */
                                paidAt: string | null;
                                payoutRef: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Withdrawals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description at least the configured minimum, at most the available balance
                     * @example 50.00
                     */
                    amount: string;
                    /** @description the brand whose admins review it; needed only by a distributor of several brands */
                    brandId?: string;
                    accountInfo?: {
                        /** @enum {string} */
                        channel: "wechat" | "alipay" | "bank";
                        account?: string;
                        name?: string;
                        bank?: string;
                    };
                    idempotencyKey?: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            brandId: string | null;
                            /** @example 50.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected" | "paid";
                            accountInfo: {
                                [key: string]: unknown;
                            } | null;
                            reviewedBy: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payoutRef: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field); 40090 WITHDRAWAL_BELOW_MINIMUM */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40993 WITHDRAWAL_INSUFFICIENT_BALANCE; 40994 WITHDRAWAL_OPEN_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1WithdrawalsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            brandId: string | null;
                            /** @example 50.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected" | "paid";
                            accountInfo: {
                                [key: string]: unknown;
                            } | null;
                            reviewedBy: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payoutRef: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1WithdrawalsIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            brandId: string | null;
                            /** @example 50.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected" | "paid";
                            accountInfo: {
                                [key: string]: unknown;
                            } | null;
                            reviewedBy: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payoutRef: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40995 WITHDRAWAL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1WithdrawalsIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            brandId: string | null;
                            /** @example 50.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected" | "paid";
                            accountInfo: {
                                [key: string]: unknown;
                            } | null;
                            reviewedBy: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payoutRef: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40995 WITHDRAWAL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1WithdrawalsIdPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the transfer's reference in the payment channel */
                    payoutRef?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            userId: string;
                            brandId: string | null;
                            /** @example 50.00 */
                            amount: string;
                            /** @enum {string} */
                            status: "requested" | "approved" | "rejected" | "paid";
                            accountInfo: {
                                [key: string]: unknown;
                            } | null;
                            reviewedBy: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            rejectReason: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payoutRef: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40995 WITHDRAWAL_STATE_CONFLICT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** @enum {string} */
                            status: "ok" | "degraded" | "down";
                            /** @enum {string} */
                            worker: "up" | "down";
                            error: string | null;
                            /** Format: date-time */
                            checkedAt: string;
                            targets: {
                                target: string;
                                brandId: string | null;
                                /** @enum {string} */
                                kind: "mysql" | "oracle" | "sqlserver";
                                /** @enum {string} */
                                status: "up" | "down";
                                latencyMs: number;
                                error: string | null;
                                circuit: {
                                    /** @enum {string} */
                                    state: "closed" | "open" | "half_open";
                                    consecutiveFailures: number;
                                    openedAt: string | null;
                                    lastError: string | null;
                                };
                            }[];
                            queue: {
                                queued: number;
                                retrying: number;
                                dead: number;
                                lagSeconds: number;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncTargets: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                brandId: string;
                                /** @enum {string} */
                                kind: "mysql" | "oracle" | "sqlserver";
                                host: string;
                                port: number;
                                database: string;
                                username: string;
                                hasPassword: boolean;
                                options: {
                                    connectTimeoutMs?: number;
                                    queryTimeoutMs?: number;
                                    encrypt?: boolean;
                                    trustServerCertificate?: boolean;
                                };
                                mapping: {
                                    orders: {
                                        table: string;
                                        key: string;
                                        version: string;
                                        columns: {
                                            column: string;
                                            from?: string;
                                            transform?: {
                                                /** @enum {string} */
                                                type: "rename";
                                            } | {
                                                /** @enum {string} */
                                                type: "constant";
                                                value: string | number | boolean | null;
                                            } | {
                                                /** @enum {string} */
                                                type: "dateFormat";
                                                format: string;
                                                utcOffset?: string;
                                            } | {
                                                /** @enum {string} */
                                                type: "yuanToCents";
                                            } | {
                                                /** @enum {string} */
                                                type: "centsToYuan";
                                            } | {
                                                /** @enum {string} */
                                                type: "enumMap";
                                                map: {
                                                    [key: string]: string | number;
                                                };
                                                fallback?: string | number | null;
                                            };
                                        }[];
                                    };
                                    rewards: {
                                        table: string;
                                        key: string;
                                        version: string;
                                        columns: {
                                            column: string;
                                            from?: string;
                                            transform?: {
                                                /** @enum {string} */
                                                type: "rename";
                                            } | {
                                                /** @enum {string} */
                                                type: "constant";
                                                value: string | number | boolean | null;
                                            } | {
                                                /** @enum {string} */
                                                type: "dateFormat";
                                                format: string;
                                                utcOffset?: string;
                                            } | {
                                                /** @enum {string} */
                                                type: "yuanToCents";
                                            } | {
                                                /** @enum {string} */
                                                type: "centsToYuan";
                                            } | {
                                                /** @enum {string} */
                                                type: "enumMap";
                                                map: {
                                                    [key: string]: string | number;
                                                };
                                                fallback?: string | number | null;
                                            };
                                        }[];
                                    };
                                };
                                enabled: boolean;
                                version: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncTargetsBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            /** @enum {string} */
                            kind: "mysql" | "oracle" | "sqlserver";
                            host: string;
                            port: number;
                            database: string;
                            username: string;
                            hasPassword: boolean;
                            options: {
                                connectTimeoutMs?: number;
                                queryTimeoutMs?: number;
                                encrypt?: boolean;
                                trustServerCertificate?: boolean;
                            };
                            mapping: {
                                orders: {
                                    table: string;
                                    key: string;
                                    version: string;
                                    columns: {
                                        column: string;
                                        from?: string;
                                        transform?: {
                                            /** @enum {string} */
                                            type: "rename";
                                        } | {
                                            /** @enum {string} */
                                            type: "constant";
                                            value: string | number | boolean | null;
                                        } | {
                                            /** @enum {string} */
                                            type: "dateFormat";
                                            format: string;
                                            utcOffset?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "yuanToCents";
                                        } | {
                                            /** @enum {string} */
                                            type: "centsToYuan";
                                        } | {
                                            /** @enum {string} */
                                            type: "enumMap";
                                            map: {
                                                [key: string]: string | number;
                                            };
                                            fallback?: string | number | null;
                                        };
                                    }[];
                                };
                                rewards: {
                                    table: string;
                                    key: string;
                                    version: string;
                                    columns: {
                                        column: string;
                                        from?: string;
                                        transform?: {
                                            /** @enum {string} */
                                            type: "rename";
                                        } | {
                                            /** @enum {string} */
                                            type: "constant";
                                            value: string | number | boolean | null;
                                        } | {
                                            /** @enum {string} */
                                            type: "dateFormat";
                                            format: string;
                                            utcOffset?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "yuanToCents";
                                        } | {
                                            /** @enum {string} */
                                            type: "centsToYuan";
                                        } | {
                                            /** @enum {string} */
                                            type: "enumMap";
                                            map: {
                                                [key: string]: string | number;
                                            };
                                            fallback?: string | number | null;
                                        };
                                    }[];
                                };
                            };
                            enabled: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    putApiV1SyncTargetsBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "mysql" | "oracle" | "sqlserver";
                    host: string;
                    port: number;
                    database: string;
                    username: string;
                    options?: {
                        connectTimeoutMs?: number;
                        queryTimeoutMs?: number;
                        encrypt?: boolean;
                        trustServerCertificate?: boolean;
                    };
                    mapping: {
                        orders: {
                            table: string;
                            key: string;
                            version: string;
                            columns: {
                                column: string;
                                from?: string;
                                transform?: {
                                    /** @enum {string} */
                                    type: "rename";
                                } | {
                                    /** @enum {string} */
                                    type: "constant";
                                    value: string | number | boolean | null;
                                } | {
                                    /** @enum {string} */
                                    type: "dateFormat";
                                    format: string;
                                    utcOffset?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "yuanToCents";
                                } | {
                                    /** @enum {string} */
                                    type: "centsToYuan";
                                } | {
                                    /** @enum {string} */
                                    type: "enumMap";
                                    map: {
                                        [key: string]: string | number;
                                    };
                                    fallback?: string | number | null;
                                };
                            }[];
                        };
                        rewards: {
                            table: string;
                            key: string;
                            version: string;
                            columns: {
                                column: string;
                                from?: string;
                                transform?: {
                                    /** @enum {string} */
                                    type: "rename";
                                } | {
                                    /** @enum {string} */
                                    type: "constant";
                                    value: string | number | boolean | null;
                                } | {
                                    /** @enum {string} */
                                    type: "dateFormat";
                                    format: string;
                                    utcOffset?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "yuanToCents";
                                } | {
                                    /** @enum {string} */
                                    type: "centsToYuan";
                                } | {
                                    /** @enum {string} */
                                    type: "enumMap";
                                    map: {
                                        [key: string]: string | number;
                                    };
                                    fallback?: string | number | null;
                                };
                            }[];
                        };
                    };
                    enabled?: boolean;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            /** @enum {string} */
                            kind: "mysql" | "oracle" | "sqlserver";
                            host: string;
                            port: number;
                            database: string;
                            username: string;
                            hasPassword: boolean;
                            options: {
                                connectTimeoutMs?: number;
                                queryTimeoutMs?: number;
                                encrypt?: boolean;
                                trustServerCertificate?: boolean;
                            };
                            mapping: {
                                orders: {
                                    table: string;
                                    key: string;
                                    version: string;
                                    columns: {
                                        column: string;
                                        from?: string;
                                        transform?: {
                                            /** @enum {string} */
                                            type: "rename";
                                        } | {
                                            /** @enum {string} */
                                            type: "constant";
                                            value: string | number | boolean | null;
                                        } | {
                                            /** @enum {string} */
                                            type: "dateFormat";
                                            format: string;
                                            utcOffset?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "yuanToCents";
                                        } | {
                                            /** @enum {string} */
                                            type: "centsToYuan";
                                        } | {
                                            /** @enum {string} */
                                            type: "enumMap";
                                            map: {
                                                [key: string]: string | number;
                                            };
                                            fallback?: string | number | null;
                                        };
                                    }[];
                                };
                                rewards: {
                                    table: string;
                                    key: string;
                                    version: string;
                                    columns: {
                                        column: string;
                                        from?: string;
                                        transform?: {
                                            /** @enum {string} */
                                            type: "rename";
                                        } | {
                                            /** @enum {string} */
                                            type: "constant";
                                            value: string | number | boolean | null;
                                        } | {
                                            /** @enum {string} */
                                            type: "dateFormat";
                                            format: string;
                                            utcOffset?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "yuanToCents";
                                        } | {
                                            /** @enum {string} */
                                            type: "centsToYuan";
                                        } | {
                                            /** @enum {string} */
                                            type: "enumMap";
                                            map: {
                                                [key: string]: string | number;
                                            };
                                            fallback?: string | number | null;
                                        };
                                    }[];
                                };
                            };
                            enabled: boolean;
                            version: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteApiV1SyncTargetsBrandId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            /** @enum {boolean} */
                            deleted: true;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1SyncTargetsBrandIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            brandId: string;
                            /** @enum {string} */
                            kind: "mysql" | "oracle" | "sqlserver";
                            ok: boolean;
                            latencyMs: number;
                            steps: {
                                /** @enum {string} */
                                step: "connect" | "ordersTable" | "rewardsTable";
                                ok: boolean;
                                ms: number;
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncFailures: {
        parameters: {
            query?: {
                brandId?: string;
                status?: "dead" | "retrying" | "queued";
                orderId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                jobId: string;
                                brandId: string;
                                orderId: string;
                                /** @enum {string} */
                                status: "queued" | "retrying" | "done" | "dead";
                                attempts: number;
                                lastError: string | null;
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1SyncFailuresIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            retried: number;
                            jobIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40920 SYNC_JOB_NOT_DEAD */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1SyncFailuresRetry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandId: string;
                    orderIds?: string[];
                    /**
                     * Format: date-time
                     * @example 2026-11-01T00:00:00Z
                     */
                    from?: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-01T00:00:00Z
                     */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            retried: number;
                            jobIds: string[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncLogs: {
        parameters: {
            query?: {
                brandId?: string;
                jobId?: string;
                entityType?: "order" | "reward";
                entityId?: string;
                status?: "success" | "failed" | "dead";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                jobId: string;
                                brandId: string | null;
                                entityType: string;
                                entityId: string;
                                target: string;
                                attempt: number;
                                /** @enum {string} */
                                status: "success" | "failed" | "dead";
                                error: string | null;
                                durationMs: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncReconciliations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                brandId?: string;
                status?: "running" | "done" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                brandId: string;
                                from: string;
                                to: string;
                                requeue: boolean;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                target: string | null;
                                /** @enum {string|null} */
                                kind: "mysql" | "oracle" | "sqlserver" | null;
                                ordersTotal: number;
                                ordersChecked: number;
                                orders: {
                                    checked: number;
                                    missing: number;
                                    different: number;
                                };
                                rewards: {
                                    checked: number;
                                    missing: number;
                                    different: number;
                                };
                                requeued: number;
                                truncated: boolean;
                                error: string | null;
                                createdBy: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                                createdByName: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1SyncReconciliations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandId: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-01T00:00:00Z
                     */
                    from: string;
                    /**
                     * Format: date-time
                     * @example 2026-11-01T00:00:00Z
                     */
                    to: string;
                    /** @default true */
                    requeue?: boolean;
                };
            };
        };
        responses: {
            /** @description success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            from: string;
                            to: string;
                            requeue: boolean;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            target: string | null;
                            /** @enum {string|null} */
                            kind: "mysql" | "oracle" | "sqlserver" | null;
                            ordersTotal: number;
                            ordersChecked: number;
                            orders: {
                                checked: number;
                                missing: number;
                                different: number;
                            };
                            rewards: {
                                checked: number;
                                missing: number;
                                different: number;
                            };
                            requeued: number;
                            truncated: boolean;
                            error: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            items: {
                                /** @enum {string} */
                                entityType: "order" | "reward";
                                id: string;
                                orderId: string;
                                /** @enum {string} */
                                problem: "missing" | "different";
                                columns: string[];
                            }[];
                            createdByName: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1SyncReconciliationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            brandId: string;
                            from: string;
                            to: string;
                            requeue: boolean;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            target: string | null;
                            /** @enum {string|null} */
                            kind: "mysql" | "oracle" | "sqlserver" | null;
                            ordersTotal: number;
                            ordersChecked: number;
                            orders: {
                                checked: number;
                                missing: number;
                                different: number;
                            };
                            rewards: {
                                checked: number;
                                missing: number;
                                different: number;
                            };
                            requeued: number;
                            truncated: boolean;
                            error: string | null;
                            createdBy: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            items: {
                                /** @enum {string} */
                                entityType: "order" | "reward";
                                id: string;
                                orderId: string;
                                /** @enum {string} */
                                problem: "missing" | "different";
                                columns: string[];
                            }[];
                            createdByName: string | null;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DashboardSummary: {
        parameters: {
            query: {
                /** @description start of the range, inclusive (ISO-8601) */
                from: string;
                /** @description end of the range, exclusive (ISO-8601); at most 366 days after `from` */
                to: string;
                /** @description one brand; a brand admin is refused (403) for a brand that is not theirs. Default: every brand of the caller */
                brandId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description views of the campaigns' public pages, one per visitor per 30 minutes, in the hours that start in the range */
                            visits: number;
                            /** @description orders created in the range */
                            signups: number;
                            /** @description orders paid in the range and not refunded */
                            paidOrders: number;
                            /**
                             * @description the amount of those paid orders
                             * @example 99.00
                             */
                            revenue: string;
                            /**
                             * @description rewards settled to distributors' balances in the range (reversed ones excluded)
                             * @example 99.00
                             */
                            rewardsCredited: string;
                            rewardsCount: number;
                            /** @description now: withdrawal requests not yet paid or rejected (requested or approved) */
                            withdrawalsWaiting: number;
                            /** @example 99.00 */
                            withdrawalsWaitingAmount: string;
                            /** @description now: orders whose copy to the brand's database failed and awaits a retry */
                            syncFailures: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DashboardTrend: {
        parameters: {
            query: {
                /** @description start of the range, inclusive (ISO-8601) */
                from: string;
                /** @description end of the range, exclusive (ISO-8601); at most 366 days after `from` */
                to: string;
                /** @description one brand; a brand admin is refused (403) for a brand that is not theirs. Default: every brand of the caller */
                brandId?: string;
                /** @description the days of the trend are calendar days at this offset from UTC (default 480: China Standard Time) */
                tzOffsetMinutes?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            tzOffsetMinutes: number;
                            days: {
                                /**
                                 * @description calendar day at tzOffsetMinutes
                                 * @example 2026-12-03
                                 */
                                day: string;
                                visits: number;
                                signups: number;
                                paidOrders: number;
                                /** @example 99.00 */
                                revenue: string;
                                /** @example 99.00 */
                                rewardsCredited: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DashboardFunnel: {
        parameters: {
            query: {
                /** @description start of the range, inclusive (ISO-8601) */
                from: string;
                /** @description end of the range, exclusive (ISO-8601); at most 366 days after `from` */
                to: string;
                /** @description one brand; a brand admin is refused (403) for a brand that is not theirs. Default: every brand of the caller */
                brandId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                campaignId: string;
                                campaignName: string;
                                visits: number;
                                /** @description orders created in the range */
                                signups: number;
                                /** @description of those sign-ups, the ones paid (by now) */
                                paid: number;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DashboardLeaderboard: {
        parameters: {
            query: {
                /** @description start of the range, inclusive (ISO-8601) */
                from: string;
                /** @description end of the range, exclusive (ISO-8601); at most 366 days after `from` */
                to: string;
                /** @description one brand; a brand admin is refused (403) for a brand that is not theirs. Default: every brand of the caller */
                brandId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                rank: number;
                                distributorId: string;
                                userId: string;
                                username: string | null;
                                /** @description paid orders that earned this distributor a reward in the range */
                                orders: number;
                                /**
                                 * @description rewards settled to this distributor in the range
                                 * @example 99.00
                                 */
                                earned: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1DashboardLiveTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    brandId?: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            ticket: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1DashboardLive: {
        parameters: {
            query: {
                /** @description from POST /dashboard/live/tickets (EventSource cannot send a bearer token) */
                ticket: string;
                /** @description resume after this event (what the Last-Event-ID header says, for a client that opens a new EventSource) */
                lastEventId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description server-sent events: `reward` events (JSON: rewardId, orderId, campaignId, brandId, distributorId, userId, level, amount, settledAt), id = the feed position; comments as heartbeats */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1Reconciliations: {
        parameters: {
            query?: {
                /** @description a day in China Standard Time (UTC+8), yyyy-MM-dd */
                billDate?: string;
                status?: "running" | "completed" | "failed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                billDate: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed";
                                /** @enum {string} */
                                triggeredBy: "schedule" | "admin";
                                requestedBy: string | null;
                                billHash: string | null;
                                billRows: number;
                                dmhPayments: number;
                                dmhRefunds: number;
                                differenceCount: number;
                                repaired: number;
                                needsAttention: number;
                                error: {
                                    code: string;
                                    message: string;
                                } | null;
                                /** Format: date-time */
                                startedAt: string;
                                /** Format: date-time */
                                finishedAt: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1Reconciliations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description a day in China Standard Time (UTC+8), yyyy-MM-dd
                     * @example 2026-12-02
                     */
                    billDate: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            billDate: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            /** @enum {string} */
                            triggeredBy: "schedule" | "admin";
                            requestedBy: string | null;
                            billHash: string | null;
                            billRows: number;
                            dmhPayments: number;
                            dmhRefunds: number;
                            differenceCount: number;
                            repaired: number;
                            needsAttention: number;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            differences: {
                                id: string;
                                /** @enum {string} */
                                kind: "payment_missing_in_dmh" | "payment_missing_at_wechat" | "amount_mismatch" | "refund_missing_in_dmh" | "refund_missing_at_wechat";
                                outTradeNo: string | null;
                                transactionId: string | null;
                                outRefundNo: string | null;
                                /** @example 99.00 */
                                wechatAmount: string | null;
                                /** @example 99.00 */
                                dmhAmount: string | null;
                                /** @enum {string} */
                                resolution: "repaired" | "resolved" | "needs_attention";
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40940 RECONCILIATION_RUNNING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50240 RECONCILIATION_BILL_UNUSABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1ReconciliationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            id: string;
                            billDate: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            /** @enum {string} */
                            triggeredBy: "schedule" | "admin";
                            requestedBy: string | null;
                            billHash: string | null;
                            billRows: number;
                            dmhPayments: number;
                            dmhRefunds: number;
                            differenceCount: number;
                            repaired: number;
                            needsAttention: number;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            differences: {
                                id: string;
                                /** @enum {string} */
                                kind: "payment_missing_in_dmh" | "payment_missing_at_wechat" | "amount_mismatch" | "refund_missing_in_dmh" | "refund_missing_at_wechat";
                                outTradeNo: string | null;
                                transactionId: string | null;
                                outRefundNo: string | null;
                                /** @example 99.00 */
                                wechatAmount: string | null;
                                /** @example 99.00 */
                                dmhAmount: string | null;
                                /** @enum {string} */
                                resolution: "repaired" | "resolved" | "needs_attention";
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1OpsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /** Format: date-time */
                            checkedAt: string;
                            apps: {
                                /** @enum {string} */
                                name: "api" | "actors" | "sync";
                                appId: string;
                                process: {
                                    /** @enum {string} */
                                    status: "up" | "down";
                                    error: string | null;
                                    latencyMs: number;
                                };
                                sidecarHealth: {
                                    /** @enum {string} */
                                    status: "up" | "down";
                                    error: string | null;
                                    latencyMs: number;
                                };
                                metadata: {
                                    /** @enum {string} */
                                    status: "up" | "down";
                                    error: string | null;
                                    latencyMs: number;
                                };
                                sidecar: {
                                    appId: string;
                                    runtimeVersion: string;
                                    enabledFeatures: string[];
                                    /** @description the sidecar's actor runtime: RUNNING, its host ready for actors, its placement connection */
                                    actorRuntime: {
                                        status: string;
                                        hostReady: boolean;
                                        placement: string;
                                    } | null;
                                    /** @description actor types this app hosts, with how many are active now */
                                    actors: {
                                        type: string;
                                        count: number;
                                    }[];
                                    components: {
                                        name: string;
                                        type: string;
                                        version: string;
                                        capabilities: string[];
                                    }[];
                                    subscriptions: {
                                        pubsubName: string;
                                        topic: string;
                                        deadLetterTopic: string | null;
                                        routes: {
                                            match: string;
                                            path: string;
                                        }[];
                                    }[];
                                } | null;
                            }[];
                            controlPlane: {
                                /** @enum {string} */
                                name: "placement" | "scheduler";
                                health: {
                                    /** @enum {string} */
                                    status: "up" | "down";
                                    error: string | null;
                                    latencyMs: number;
                                };
                            }[];
                            backlogs: {
                                outbox: {
                                    pending: number;
                                    failing: number;
                                    oldestAgeSeconds: number;
                                    byKind: {
                                        kind: string;
                                        pending: number;
                                    }[];
                                } | null;
                                outboxError: string | null;
                                sync: {
                                    queued: number;
                                    retrying: number;
                                    dead: number;
                                    lagSeconds: number;
                                } | null;
                                syncError: string | null;
                            };
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1OpsMetrics: {
        parameters: {
            query?: {
                /** @description how far back the charts go: 1h (a point every 30 s), 6h (every 2 min), 24h (every 5 min) */
                range?: "1h" | "6h" | "24h";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            configured: boolean;
                            /** @enum {string} */
                            range: "1h" | "6h" | "24h";
                            stepSeconds: number;
                            times: number[];
                            charts: {
                                /** @enum {string} */
                                key: "apiP95" | "paymentCallbacks" | "paymentSuccess" | "settlementDelayP95" | "ordersCreated" | "syncAttempts" | "syncBacklog" | "outboxBacklog";
                                /** @enum {string} */
                                unit: "seconds" | "perSecond" | "perMinute" | "ratio" | "count";
                                lines: {
                                    name: string;
                                    values: (number | null)[];
                                }[];
                                error: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40300 FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MeRewardsEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the stream: `ready`, `reward` events (JSON data), `timeout`, heartbeat comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MeOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                orderNo: string;
                                campaignId: string;
                                campaignName: string;
                                brandId: string;
                                brandName: string;
                                /** @example 99.00 */
                                amount: string;
                                /** @description pending, paid, cancelled (closed unpaid), refunded… */
                                status: string;
                                payStatus: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                paidAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                payExpiresAt: string | null;
                                /** @enum {string|null} */
                                closeReason: "expired" | "provider_closed" | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MeRewards: {
        parameters: {
            query?: {
                level?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                id: string;
                                /** @description 1: the order came through your link; 2 and 3: through your team */
                                level: number;
                                /** @example 99.00 */
                                amount: string;
                                /** @description pending (being credited), settled (in the balance), reversed (the order was refunded) */
                                status: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                settledAt: string | null;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                createdAt: string;
                                order: {
                                    orderNo: string;
                                    campaignId: string;
                                    campaignName: string;
                                    /** @description the buyer's phone, masked: 138****1234 */
                                    phone: string;
                                    /** @example 99.00 */
                                    amount: string;
                                    /**
                                     * Format: date-time
                                     * @example 2026-11-25T12:00:00.000Z
                                     */
                                    paidAt: string | null;
                                };
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MeWithdrawalTerms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            /**
                             * @description the smallest withdrawal, yuan
                             * @example 99.00
                             */
                            minimumAmount: string;
                            /**
                             * @description what a withdrawal costs, yuan: DMH charges none
                             * @example 99.00
                             */
                            fee: string;
                            /** @description when the money arrives, in words */
                            arrival: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getApiV1MePromotableCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            items: {
                                campaignId: string;
                                name: string;
                                brandId: string;
                                brandName: string;
                                /** @example 99.00 */
                                price: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-11-25T12:00:00.000Z
                                 */
                                endTime: string;
                            }[];
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40100 UNAUTHORIZED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    postApiV1WechatJssdkSignature: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description the full URL of the H5 page calling wx.config (its # part is ignored); on iOS, the URL the user first landed on
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        code: 200;
                        /** @enum {string} */
                        message: "success";
                        data: {
                            appId: string;
                            timestamp: number;
                            nonceStr: string;
                            signature: string;
                            url: string;
                        };
                    };
                };
            };
            /** @description 40000 VALIDATION_FAILED (the request breaks a rule of this document or of the description; data.errors names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40400 NOT_FOUND (the object of the path, or one the body refers to, does not exist or is not yours; for the body, data.errors names each field with code `unknown`) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 40013 BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 42900 RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50250 WECHAT_UNAVAILABLE */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description 50300 DEPENDENCY_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
