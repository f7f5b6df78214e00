import type { ChannelKind } from "./channels.js";
/**
 * The records every feature sees about who is acting. Plain data, so the core
 * does not depend on the generated database client's types.
 */
export const ROLES = ["member", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether `held` is at least `needed`: admin ⊇ coordinator ⊇ member. */
export function hasRole(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

export interface NetworkInfo {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  /** A second language for channel posts (a bilingual network), or null. */
  readonly secondLocale: string | null;
}

export interface SpaceInfo {
  readonly id: string;
  readonly networkId: string;
  readonly platform: string;
  readonly externalId: string;
  readonly name: string;
  /** The channels this space chose for each kind of post (`/gather channel …`), as read with the space. */
  readonly channels: Readonly<Partial<Record<ChannelKind, string>>>;
}

export interface MemberInfo {
  readonly id: string;
  readonly networkId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: string | null;
  readonly timeZone: string | null;
  /**
   * Whether the platform says this account may manage the space (Actor.platformAdmin): only such a
   * member may become a network's first stored admin, or reclaim the admin role.
   */
  readonly platformAdmin?: boolean;
}
