import {
  Big5Structure,
  chooseEncoding,
  detectEncoding,
  lowTrailShare,
} from "../../../src/cli/read/encoding";
import { encodeLegacy } from "../support/legacy-encoding";

const SIMPLIFIED =
  "博主,平台,曝光量,转发,评论,点赞,成本,优惠码\n小林,微博,16000,100,240,800,50,XL10\n";
const TRADITIONAL =
  "創作者,平台,曝光量,轉發,評論,按讚,成本,折扣碼\n小林,微博,16000,100,240,800,50,XL10\n";

describe("detectEncoding", () => {
  it("reads a UTF-8 byte-order mark and skips its three bytes", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("曝光量\n1\n")]);
    expect(detectEncoding(bytes, true)).toEqual({ encoding: "utf-8", bomLength: 3 });
  });

  it("takes valid UTF-8 without a mark as UTF-8", () => {
    expect(detectEncoding(Buffer.from(SIMPLIFIED), true)).toEqual({
      encoding: "utf-8",
      bomLength: 0,
    });
  });

  it("accepts a sample cut inside a UTF-8 character when the file goes on", () => {
    const bytes = Buffer.from("曝光量");
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(detectEncoding(cut, false)?.encoding).toBe("utf-8");
  });

  it("tells a GB18030 export of simplified headers", () => {
    expect(detectEncoding(encodeLegacy(SIMPLIFIED, "gb18030"), true)?.encoding).toBe("gb18030");
  });

  it("tells a Big5 export of traditional headers", () => {
    expect(detectEncoding(encodeLegacy(TRADITIONAL, "big5"), true)?.encoding).toBe("big5");
  });

  it("tells traditional headers exported as GB18030, which Big5 cannot decode", () => {
    expect(detectEncoding(encodeLegacy(TRADITIONAL, "gb18030"), true)?.encoding).toBe("gb18030");
  });

  it("refuses a binary file", () => {
    expect(detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), true)).toBeUndefined();
  });

  it("refuses bytes that no supported encoding reads", () => {
    // 0x80 and 0xFF begin no character in UTF-8, GB18030 or Big5.
    expect(detectEncoding(Buffer.from([0x41, 0x80, 0xff, 0x80, 0xff]), true)).toBeUndefined();
  });
});

describe("lowTrailShare", () => {
  it("is 0 for GB2312 text, whose second bytes are all 0xA1 or more", () => {
    expect(lowTrailShare(encodeLegacy("客户编号,下单日期,销售额", "gb18030"))).toBe(0);
  });

  it("counts Big5 second bytes below 0xA1", () => {
    // 曝 is 0xC3 0x6E and 光 is 0xA5 0xFA in Big5: one low second byte of two.
    expect(lowTrailShare(encodeLegacy("曝光", "big5"))).toBe(0.5);
  });
});

describe("chooseEncoding", () => {
  it("uses the encoding asked for, even where detection would differ", () => {
    const bytes = encodeLegacy(TRADITIONAL, "big5");
    expect(chooseEncoding("gb18030", bytes, true)).toEqual({ encoding: "gb18030", bomLength: 0 });
  });

  it("skips a UTF-8 mark when UTF-8 is asked for", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a\n1\n")]);
    expect(chooseEncoding("utf8", bytes, true)).toEqual({ encoding: "utf-8", bomLength: 3 });
  });
});

describe("Big5Structure", () => {
  it("accepts a character split across two chunks", () => {
    const structure = new Big5Structure();
    expect(structure.push(Uint8Array.of(0x41, 0xc3))).toBe(true);
    expect(structure.push(Uint8Array.of(0x6e, 0x0a))).toBe(true);
    expect(structure.end()).toBe(true);
  });

  it("rejects the stray bytes 0x80 and 0xFF, which Node's decoder drops silently", () => {
    expect(new Big5Structure().push(Uint8Array.of(0x41, 0x80))).toBe(false);
    expect(new Big5Structure().push(Uint8Array.of(0xff))).toBe(false);
  });

  it("rejects input that ends inside a character", () => {
    const structure = new Big5Structure();
    structure.push(Uint8Array.of(0xc3));
    expect(structure.end()).toBe(false);
  });
});
