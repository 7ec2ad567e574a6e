/**
 * The creators behind discount codes, gathered from posts: a creator posts many times under one
 * code, so each code's contacts are pooled, its first post is the earliest and its impressions
 * add up (docs/kpi.md, doubtful code orders).
 */
import { Creator } from "./code-flags";

/** One post: its creator's code and what the post says of the creator. */
export interface CodePost {
  /** The code as idKey keys it, as the orders' codes are keyed. */
  code: number | string;
  /** The creator's e-mail, phone or name as the post gives it. */
  contact?: number | string;
  /** The post's date serial. */
  date?: number;
  impressions?: number;
}

/** Gathers posts into one creator per code. */
export class CreatorsByCode {
  private readonly creators = new Map<
    number | string,
    Creator & { contacts: (number | string)[] }
  >();

  add(post: CodePost): void {
    let creator = this.creators.get(post.code);
    if (creator === undefined) {
      creator = { code: post.code, contacts: [] };
      this.creators.set(post.code, creator);
    }
    if (post.contact !== undefined && !creator.contacts.includes(post.contact))
      creator.contacts.push(post.contact);
    const { date } = post;
    if (date !== undefined && Number.isFinite(date) && !(date >= (creator.firstPost ?? Infinity)))
      creator.firstPost = date;
    if (post.impressions !== undefined)
      creator.impressions = (creator.impressions ?? 0) + post.impressions;
  }

  /** The creators in the order their codes first came. */
  list(): Creator[] {
    return [...this.creators.values()];
  }
}
