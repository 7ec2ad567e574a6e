/**
 * When an order's customer is a creator: an e-mail, a phone number or a name, each compared the
 * way people write it (docs/kpi.md, doubtful code orders).
 */

// Fewer digits than this is an ID or a house number, not a phone number.
const PHONE_DIGITS = 7;
// A "+" may open the number or its bracketed country code: "+86 138…", "(+86) 138…".
const PHONE = /^[\d\s\-().+]+$/;

/**
 * A contact folded so that two spellings of it meet: an e-mail trimmed and in lower case, a phone
 * number as its digits, a name NFKC-folded, in lower case, spaces collapsed. Each kind carries its
 * own prefix, so a name never meets a phone number. Undefined for a blank contact.
 */
export function contactKey(contact: number | string): string | undefined {
  const text = String(contact).normalize("NFKC").trim();
  if (text === "") return undefined;
  if (text.includes("@")) return `email:${text.toLowerCase()}`;
  if (PHONE.test(text)) {
    const digits = text.replace(/\D/g, "");
    if (digits.length >= PHONE_DIGITS) return `phone:${digits}`;
  }
  return `name:${text.toLowerCase().replace(/\s+/g, " ")}`;
}

/** The keys of a creator's contacts, for looking an order's customer up among them. */
export function contactKeys(contacts: readonly (number | string)[]): Set<string> {
  const keys = new Set<string>();
  for (const contact of contacts) {
    const key = contactKey(contact);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}
