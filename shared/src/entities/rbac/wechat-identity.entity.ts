import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, VarcharColumn } from '../columns';

/**
 * A WeChat identity that logged in to an account by web authorization: the openid of one app (per appid),
 * and the UnionID across the apps bound to one open platform account when WeChat gave it. The next login
 * with the same openid (or UnionID) is the same account.
 */
@Entity({ name: 'wechat_identities' })
@Index('uk_appid_openid', ['appid', 'openid'], { unique: true })
@Index('idx_unionid', ['unionid'])
@Index('idx_user_id', ['userId'])
export class WechatIdentity {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @VarcharColumn('appid', 32) appid!: string;
  @VarcharColumn('openid', 128) openid!: string;
  @VarcharColumn('unionid', 100, { nullable: true }) unionid!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
