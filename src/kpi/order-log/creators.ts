/**
 * The creators behind discount codes, gathered from posts: a creator posts many times under one
 * code, so each code's contacts are pooled, its first post is the earliest and its impressions
 * add up (docs/kpi.md, doubtful code orders).
 */
import { idKey } from "../../cells/keys";
import { Creator } from "./code-flags";

/** One post: its creator's code and what the post says of the creator. */
export interface CodePost {
  code: number | string;
  /** The creator's e-mail, phone or name as the post gives it. */
  contact?: number | string;
  /** The post's date serial. */
  date?: number;
  impressions?: number;
}

/** Gathers posts into one creator per code, codes compared as idKey compares them. */
export class CreatorsByCode {
  private readonly creators = new Map<
    number | string,
    Creator & { contacts: (number | string)[] }
  >();

  add(post: CodePost): void {
    const key = idKey(post.code);
    let creator = this.creators.get(key);
    if (creator === undefined) {
      creator = { code: key, contacts: [] };
      this.creators.set(key, creator);
    }
    if (post.contact !== undefined && !creator.contacts.includes(post.contact))
      creator.contacts.push(post.contact);
    if (post.date !== undefined && !(post.date >= (creator.firstPost ?? Infinity)))
      creator.firstPost = post.date;
    if (post.impressions !== undefined)
      creator.impressions = (creator.impressions ?? 0) + post.impressions;
  }

  /** The creators in the order their codes first came, each code as idKey keys it. */
  list(): Creator[] {
    return [...this.creators.values()];
  }
}
