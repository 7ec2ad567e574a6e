// Writes the "Early Bird" coffee-bean campaign of docs/kpi.md's worked example as raw CSV tables:
// posts.csv, mentions.csv (and its comments without labels, mentions-text.csv) and orders.csv.
// Deterministic: run `node examples/generate.js` again and the files come out byte for byte the same.
const fs = require("fs");
const path = require("path");

// mulberry32: a small seeded generator, so the "random" comments and dates never change.
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20240301);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));

function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

function csv(rows) {
  const field = (value) => {
    const text = value === undefined || value === null ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(",")).join("\n") + "\n";
}

function isoDate(day) {
  // Day 0 is 2024-03-01, the campaign's launch.
  return new Date(Date.UTC(2024, 2, 1 + day)).toISOString().slice(0, 10);
}

// Five bloggers, one 250 g bag each: 50 USD per creator, 25 per post, 250 in all.
const CREATORS = [
  { name: "小美咖啡日记", channel: "小红书", code: "EB-MEI", orders: 40 },
  { name: "Coffee Lab Leo", channel: "Instagram", code: "EB-LEO", orders: 20 },
  { name: "阿杰的早餐", channel: "微博", code: "EB-JIE", orders: 30 },
  { name: "Mia Brews", channel: "Instagram", code: "EB-MIA", orders: 12 },
  { name: "豆子研究所", channel: "抖音", code: "EB-DOU", orders: 18 },
];

// Ten posts: impressions sum to 80,000, reposts to 500, comments to 1,200.
const POSTS = [
  { creator: 0, day: 0, impressions: 12000, reposts: 80, comments: 190, likes: 640 },
  { creator: 1, day: 0, impressions: 6000, reposts: 35, comments: 90, likes: 300 },
  { creator: 2, day: 1, impressions: 9500, reposts: 60, comments: 140, likes: 480 },
  { creator: 3, day: 1, impressions: 7500, reposts: 40, comments: 110, likes: 350 },
  { creator: 4, day: 2, impressions: 15000, reposts: 110, comments: 230, likes: 820 },
  { creator: 0, day: 4, impressions: 5000, reposts: 25, comments: 70, likes: 210 },
  { creator: 2, day: 5, impressions: 8000, reposts: 50, comments: 120, likes: 400 },
  { creator: 1, day: 6, impressions: 4000, reposts: 20, comments: 60, likes: 150 },
  { creator: 4, day: 7, impressions: 7200, reposts: 45, comments: 105, likes: 330 },
  { creator: 3, day: 8, impressions: 5800, reposts: 35, comments: 85, likes: 260 },
];

function postsTable() {
  const header = ["Post ID", "Post date", "Creator", "Channel", "Impressions", "Reposts"];
  header.push("Comments", "Likes", "Cost", "Discount code");
  const rows = POSTS.map((post, index) => {
    const creator = CREATORS[post.creator];
    const id = `P${String(index + 1).padStart(2, "0")}`;
    return [
      id,
      isoDate(post.day),
      creator.name,
      creator.channel,
      post.impressions,
      post.reposts,
    ].concat([post.comments, post.likes, 25, creator.code]);
  });
  return [header, ...rows];
}

const COMMENTS = {
  positive: {
    zh: [
      "香气好足，早上来一杯太幸福了",
      "已下单，用了博主的优惠码",
      "酸度刚好，回购了",
      "包装好看，送人也合适",
    ],
    en: [
      "Smells amazing, ordered a bag",
      "Best beans I tried this year",
      "Used the code, arrived fast",
    ],
  },
  neutral: {
    zh: ["请问适合手冲还是意式？", "价格还可以", "有没有小包装？"],
    en: ["Is it good for espresso?", "How long does shipping take?"],
  },
  negative: {
    zh: ["有点偏苦，不太喜欢", "快递太慢了"],
    en: ["Too bitter for me", "Bag arrived torn"],
  },
};

// Chinese platforms label sentiment 正面/中性/负面; the English listening tool capitalises its labels.
const LABELS = {
  zh: { positive: "正面", neutral: "中性", negative: "负面" },
  en: { positive: "Positive", neutral: "Neutral", negative: "Negative" },
};

function mentionsTable() {
  const sentiments = shuffle([
    ...Array(950).fill("positive"),
    ...Array(150).fill("neutral"),
    ...Array(100).fill("negative"),
  ]);
  const rows = [["Comment ID", "Post ID", "Platform", "Comment", "Sentiment"]];
  let next = 0;
  POSTS.forEach((post, index) => {
    const channel = CREATORS[post.creator].channel;
    const language = channel === "Instagram" ? "en" : "zh";
    for (let i = 0; i < post.comments; i++) {
      const sentiment = sentiments[next++];
      const id = `M${String(next).padStart(4, "0")}`;
      const postId = `P${String(index + 1).padStart(2, "0")}`;
      rows.push([
        id,
        postId,
        channel,
        pick(COMMENTS[sentiment][language]),
        LABELS[language][sentiment],
      ]);
    }
  });
  return rows;
}

const UTM_SOURCES = ["xiaohongshu", "weibo", "douyin", "instagram"];
const PRICE = 30;
const LATE_ORDERS = 20;

function ordersTable() {
  // 120 orders through the creators' codes, 80 through UTM links without a code.
  const channels = CREATORS.flatMap((creator) =>
    Array(creator.orders).fill({ code: creator.code })
  );
  for (let i = 0; i < 80; i++) channels.push({ utm: UTM_SOURCES[i % UTM_SOURCES.length] });
  shuffle(channels);
  // 170 customers: the first 30 order twice, the other 140 once (200 orders).
  const customers = [];
  for (let c = 1; c <= 170; c++) customers.push(...Array(c <= 30 ? 2 : 1).fill(c));
  shuffle(customers);
  const exposure = new Map();
  for (let c = 1; c <= 170; c++) exposure.set(c, between(0, 9));
  // 180 orders within 7 days of the customer's first exposure, 20 later (8 to 20 days).
  const late = new Set(shuffle([...Array(200).keys()]).slice(0, LATE_ORDERS));
  const orders = channels.map((channel, i) => {
    const customer = customers[i];
    const seen = exposure.get(customer);
    const day = seen + (late.has(i) ? between(8, 20) : between(0, 7));
    return { ...channel, customer, seen, day };
  });
  orders.sort((a, b) => a.day - b.day || a.customer - b.customer);
  const header = ["Order ID", "Order date", "Customer ID", "Discount code", "UTM source"];
  header.push("Revenue", "First exposure date");
  const rows = orders.map((order, i) => [
    `EB-${String(i + 1).padStart(4, "0")}`,
    isoDate(order.day),
    `C${1000 + order.customer}`,
    order.code ?? "",
    order.utm ?? "",
    PRICE,
    isoDate(order.seen),
  ]);
  return [header, ...rows];
}

const mentions = mentionsTable();
const tables = {
  "posts.csv": postsTable(),
  "mentions.csv": mentions,
  // The same comments as most marketers have them, without a label: the add-in labels them.
  "mentions-text.csv": mentions.map((row) => row.slice(0, 4)),
  "orders.csv": ordersTable(),
};
for (const [file, rows] of Object.entries(tables)) {
  fs.writeFileSync(path.join(__dirname, file), csv(rows), "utf8");
}
