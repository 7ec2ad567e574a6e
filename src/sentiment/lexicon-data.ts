/**
 * The built-in sentiment lexicon, written for this add-in: opinion words with a weight, and the rule
 * words (negators, intensifiers, contrast words, question words) that change them.
 *
 * How to add a word
 * - Put it in the row of its weight, in its language's group, separated by ", ". A phrase may have
 *   spaces ("worth every penny"); Chinese needs none (太好喝 matches 太好喝 in any text). Case, full-width
 *   letters and hyphens do not matter ("well-made" is "well made").
 * - Weights: 3 very strong (绝绝子, worst), 2 to 2.5 clear (好喝, love, 难吃), 1 to 1.5 mild (快, pricey),
 *   below 1 lukewarm (还可以, okay: alone they stay neutral). A comment is positive from +0.5 and
 *   negative from −0.5 (see classify.ts).
 * - Weight 0 hides the shorter words inside a term: 香港 stops 香 ("fragrant") from matching in 香港.
 * - The longest term wins, so a phrase can reverse a word inside it: 不错 is praise though 不 negates.
 * - A descriptor (sweet, 甜) has no opinion of its own, but "too sweet", 太甜 is a complaint.
 * - Each term is listed once in this file; a test checks it.
 * - Users add or override words without touching this file: the lexicon range of WOM.SENTIMENT, two
 *   columns (word, weight), whose weights win over the ones here.
 */

/** A weight (or factor) and the terms that have it, as "term, term, term". */
export type WeightedTerms = readonly [value: number, terms: string];

/** Where an opinion word belongs: English, Chinese written alike in both scripts, one script, Cantonese, emoji. */
export type LexiconGroup = "en" | "zh" | "zh-Hans" | "zh-Hant" | "yue" | "emoji";

export const OPINION_WORDS: Readonly<Record<LexiconGroup, readonly WeightedTerms[]>> = {
  en: [
    [3, "amazing, awesome, excellent, fantastic, wonderful, incredible, outstanding, superb"],
    [3, "perfect, perfection, flawless, best, exceptional, phenomenal, marvelous, marvellous"],
    [3, "spectacular, breathtaking, adore, adored, adores, obsessed, holy grail, game changer"],
    [3, "life changing, 10/10, 11/10, chef's kiss, can't get enough, couldn't be happier"],
    [3, "couldn't be better, could not be better, worth every penny, highly recommend"],
    [3, "highly recommended, strongly recommend, must have, must buy, must try"],
    [3, "can't recommend it enough, can't recommend this enough, cannot recommend enough, a+"],
    [3, "bussin, goated, exceeded expectations, exceeded my expectations"],
    [2.5, "great, love, loves, loved, loving, luv, delicious, yummy, gorgeous, stunning"],
    [2.5, "beautiful, lovely, favorite, favourite, fave, fav, recommend, recommended, recommends"],
    [2.5, "recommending, impressive, impressed, delighted, thrilled, brilliant, adorable"],
    [2.5, "heavenly, divine, scrumptious, mouthwatering, luscious, worth the hype, hype is real"],
    [2.5, "slaps, repurchase, repurchased, repurchasing, buy again, buying again, order again"],
    [2.5, "five stars, 5 stars, five star, 5 star, in love, no regrets, already ordered"],
    [2.5, "just ordered, ordered already, ordered another, ordering more, stocked up"],
    [2.5, "bought another, buying more, blazing fast, must visit, must see, better than expected"],
    [2.5, "will be back, returning customer"],
    [2, "good, nice, tasty, yum, flavorful, flavourful, like, likes, liked, enjoy, enjoyed"],
    [2, "enjoying, enjoys, enjoyable, happy, pleased, satisfied, cute, elegant, stylish, sleek"],
    [2, "classy, premium, luxurious, gem, comfortable, comfy, friendly, helpful, bargain, a steal"],
    [2, "worth it, fire, worth trying, worth the money, worth the price, worth a visit"],
    [2, "worth visiting, addictive, addicted, hooked, moreish, satisfying, refreshing"],
    [2, "works great, works well, well made, well built, well designed, well crafted"],
    [2, "high quality, top notch, top quality, reorder, reordered, restock, restocked, thumbs up"],
    [2, "on fire, no complaints, can't wait, cannot wait, can't beat, can't go wrong, spotless"],
    [2, "glowing, radiant, fun, legit, dope, value for money, excited, exciting, wow, velvety"],
    [2, "decadent, attentive, courteous, welcoming, accommodating, charming, just loud and clear"],
    [1.5, "fresh, smooth, rich, aromatic, fragrant, crispy, juicy, tender, balanced, solid"],
    [1.5, "sturdy, durable, reliable, fast, speedy, prompt, on time, affordable, convenient"],
    [1.5, "spacious, clean, gentle, hydrating, worth, pretty, cool, glad, grateful, appreciate"],
    [1.5, "appreciated, polite, kind, professional, responsive, snappy, crisp, lasts"],
    [1.5, "long lasting, long wearing, easy to use, lasts all day, well packed, well packaged"],
    [1.5, "nicely packed, arrived quickly, arrived early, yay, woohoo, lit, vibrant, soothing"],
    [1.5, "calming, relaxing, cozy, cosy, fluffy, silky, reasonably priced, good value"],
    [1.5, "great value, free shipping, free gift, generous, fits well, umami, zesty, indulgent"],
    [1.5, "hearty, flaky, nourishing, glowy, dewy, absorbs quickly, absorbs fast, knowledgeable"],
    [1.5, "patient, vivid, scenic, peaceful, will return, would return, coming back, be back"],
    [1.5, "very well, really well, so well, four stars, 4 stars"],
    [1, "decent, quick, quickly, reasonable, works, worked, easy, clear, early"],
    [0.4, "does the job, did the job"],
    [1, "moisturizing, moisturising, lightweight, brightening, creamy, crunchy, not bad"],
    [1, "not too bad, can't complain, could be worse, better, improved, upgrade, upgraded"],
    [1, "interesting, handy, useful, effective, efficient, accurate, tidy, neat, safe, natural"],
    [1, "fair price, not half bad, pleasant, pleasantly, smells good, looks good, tastes good"],
    [1, "savory, savoury, nutty, chocolatey, filling, gooey, plump, plumping, sinks in, sharp"],
    [1, "come back, like new"],
    [0.5, "cheap, quiet, tangy, floral, walking distance"],
    [0.4, "ok, okay, fine, alright, acceptable, passable, not terrible, ordered"],
    [0.3, "thanks, thank you, thx, ty, haha, lol, lmao"],
    [-0.3, "3 stars, three stars"],
    [-0.4, "nothing special, just ok, just okay, average"],
    [-0.7, "so so, not great, not amazing"],
    [-1, "meh, weak, pricey, pricy, sus, drying, crowded, difficult, warning, complicated"],
    [-1, "a bit much, bitter, cold food, arrived cold, worried, confused, hmm, ugh, yikes, nope"],
    [-1, "tough, pimples, acne, on hold, dated, touristy, downside"],
    [-1.5, "expensive, slow, late, delayed, sad, mediocre, lame, boring, sticky, greasy, noisy"],
    [-1.5, "smelled of, smells of, smell of, smelt of, flat, dies, died"],
    [-2, "never replied, never responded, never answered, didn't reply, didn't respond"],
    [-1.5, "blurry, confusing, lag, lags, refund, complain, complained, complaint, complaints"],
    [-1.5, "issue, issues, problem, problems, trouble, broke, scratched, scratches, dented"],
    [-1.5, "missing, wrong, lacks, lacking, cringe, mid, cramped, inconvenient, hard to use"],
    [-1.5, "beware, not for me, not my thing, not my cup of tea, could be better"],
    [-1.5, "used to be better, nothing like, unfortunately, sadly, sick, smelly, stinks, harsh"],
    [-1.5, "fishy, rancid, cloying, artificial, shrinkflation, tiny portion, small portion"],
    [-1.5, "fell apart, peeling, mushy, astringent, faded, fading, impatient, heats up, gets hot"],
    [-1.5, "drains, stutters, grainy, tinny, crackling, muffled, redness, burned, patchy, streaky"],
    [-1.5, "oxidizes, creases, creasing, outdated, took weeks, two stars, 2 stars"],
    [-2, "poor, poorly, worse, dislike, disliked, dislikes, bland, tasteless, flavorless"],
    [-2, "flavourless, stale, watery, burnt, annoying, upset, underwhelming, overrated, overhyped"],
    [-2, "letdown, let down, let me down, flimsy, dirty, leaking, leaked, leaks, leaky, torn"],
    [-2, "ripped, cracked, defect, unhelpful, unprofessional, uncomfortable, unreliable, ignored"],
    [-2, "careless, sloppy, laggy, lagging, glitchy, buggy, crashes, crashed, crashing, freezes"],
    [-2, "irritating, irritated, irritation, itchy, burning, burns, stinging, stings, clogged"],
    [-2, "cakey, overheats, overheating, drains fast, drains quickly, dies fast, dies quickly"],
    [-2, "doesn't work, didn't work, does not work, did not work, don't work, stopped working"],
    [-2, "not working, didn't arrive, hasn't arrived, not arrived, haven't received"],
    [-2, "didn't receive, never received, not received, still waiting, still not here, no reply"],
    [-2, "no response, no one answered, wrong item, wrong order, wrong address, fails, failed"],
    [-2, "fail, pointless, feels cheap, looks cheap, cheap quality, disgusted, ew, eww, yuck"],
    [-2, "smells bad, tastes bad, not worth, misleading, stingy, unbearable, lukewarm, soggy"],
    [-2, "rubbery, overcooked, undercooked, oversalted, shrunk, pilling, stained, rusty, rusted"],
    [-2, "dismissive, arrogant, condescending, runaround, hung up, took forever, took ages"],
    [-2, "below expectations, fell short, no signal, dropped calls, disconnects"],
    [-2, "keeps disconnecting, won't charge, doesn't charge, not charging, broke out, run down"],
    [-2, "rundown, skip it, skip this, hard pass"],
    [-2.5, "bad, hate, hated, hates, disappointing, disappointed, disappointment, nasty, broken"],
    [-2.5, "damaged, useless, sucks, suck, sucked, crap, crappy, rude, overpriced, avoid, regret"],
    [-2.5, "regrets, regretted, frustrating, frustrated, angry, furious, faulty, 1 star, one star"],
    [-2.5, "waste of time, returned it, returning it, sent it back, send it back, cheaply made"],
    [-2.5, "breakout, breakouts, broke me out, rash, allergic, allergic reaction, ruined, ugly"],
    [-2.5, "shoddy, falling apart, incompetent, ghosted, lost in transit, never showed up"],
    [-2.5, "thumbs down"],
    [-3, "terrible, horrible, awful, disgusting, gross, worst, inedible, undrinkable, garbage"],
    [-3, "trash, junk, scam, scammed, rip off, ripoff, fake, counterfeit, never again"],
    [-3, "waste of money, stay away, do not buy, don't buy, defective, filthy"],
    [-3, "horrendous, atrocious, abysmal, pathetic, nightmare, caught fire, zero stars"],
    [-3, "food poisoning, moldy, mouldy, rotten, expired, spoiled, never arrived, lost my order"],
    [-3, "vile, revolting, appalling, tourist trap"],
    [0, "flat white, something like, would like"],
    [0, "i'd like, i would like, not only, not just, no wonder, no doubt, no matter, not sure"],
    [0, "don't know, dunno, not yet, didn't expect, did not expect, never expected"],
    [0, "wasn't expecting, to be fair, mid range, mid size, pretty much, kind regards"],
    [0, "best regards, all the best, no idea, acne prone, non stop"],
    [-2, "you call this, you call that, who approved this"],
    [-2.5, "who thought this was a good idea"],
    [2, "like heaven, like home, like a dream, remarkable, standout, wow factor"],
    [1.5, "special"],
    [1, "fancy"],
    [-2, "like plastic, like cardboard, like soap, like chemicals, like medicine, like dishwater"],
    [-2, "like sawdust, like rubber, like cough syrup"],
    [-2.5, "nothing works, nothing worked"],
    [-0.3, "it depends, matter of taste, a matter of taste, your mileage may vary, ymmv"],
    [3, "sublime, exquisite, mind blowing, mindblowing, blown away, blew me away"],
    [3, "out of this world, above and beyond, second to none, best ever, top tier"],
    [3, "cooked to perfection, can't resist, cannot resist, couldn't resist, can't say no to"],
    [3, "can't stop eating, can't stop drinking, can't stop using, 5/5, 9/10, 10 out of 10"],
    [3, "hits different, where have you been all my life"],
    [2.5, "delightful, fabulous, terrific, magnificent, splendid, stellar, world class"],
    [2.5, "immaculate, spot on, on point, nailed it, hits the spot, perfectly cooked"],
    [2.5, "melts in your mouth, melt in your mouth, bang for your buck, bang for the buck"],
    [2.5, "great deal, lifesaver, life saver, godsend, shiok, banger, slay, slayed, slays, elite"],
    [2.5, "worth the wait, lightning fast, flavor packed, flavour packed, packed with flavor"],
    [2.5, "packed with flavour, succulent, perfectly seasoned, hidden gem, love love love, 8/10"],
    [2.5, "will definitely be back, going back for more"],
    [2, "good deal, budget friendly, wallet friendly, pocket friendly, comforting, wholesome"],
    [2, "cheerful, hospitable, fast shipping, quick shipping, fast delivery, quick delivery"],
    [2, "arrived fast, ahead of schedule, earlier than expected, faster than expected"],
    [2, "hassle free, seamless, seamlessly, intuitive, user friendly, crystal clear, rock solid"],
    [2, "well seasoned, flattering, powerful, beast, a beast, lasts forever, long battery life"],
    [2, "all day battery, plenty of legroom, picturesque, iconic, snatched, a vibe, good vibes"],
    [2, "huge w, big w, a treat, a joy, a pleasure, free upgrade, perfectly, well worth"],
    [1.5, "buttery, piping hot, authentic, breathable, true to size, stretchy, supple, bouncy"],
    [1.5, "hydrated, fast charging, charges fast, charges quickly, zippy, fluid, roomy, organised"],
    [1.5, "organized, well organised, well organized, on schedule, arrived safely"],
    [1.5, "securely packed, no hassle, easy returns, resolved, sorted, complimentary, well priced"],
    [1.5, "fairly priced, worth a try, walkable, memorable, effortless, effortlessly, cleared up"],
    [1.5, "cleared my skin, 4/5, 7/10"],
    [1, "snug, moist, homemade, quaint, central, intact, secure, legroom, for free, chill"],
    [1, "decently"],
    [0.4, "adequate, serviceable, tolerable, edible, bearable, 6/10, fits"],
    [0.3, "not the worst"],
    [0, "works there, works here, works at, works for, work there, work here, work at, work for"],
    [0, "goat cheese, free range, sugar free, gluten free, dairy free, hands free, perfectly fine"],
    [0, "no cap, not gonna lie"],
    [-0.3, "ordinary"],
    [-0.4, "unremarkable, 5/10, nothing to write home about, forgettable"],
    [-1, "costly, spendy, bulky, stiff, baggy, tired, suspicious, surcharge, cancellation"],
    [-1, "hit or miss, hit and miss, purging"],
    [-1.5, "lackluster, lacklustre, uninspired, sluggish, clunky, dull, tacky, plasticky"],
    [-1.5, "scratchy, runs small, runs large, runs big, see through, pinches, hurt, hurts, sore"],
    [-1.5, "exhausting, hassle, a pain, headache, lumpy, overpowering, metallic, underseasoned"],
    [-1.5, "under seasoned, overseasoned, sketchy, dodgy, questionable, inconsistent"],
    [-1.5, "extra charge, extra charges, steep price, wobbly, frayed, fraying, bent, chipped"],
    [-1.5, "glitch, glitches, bug, bugs, choppy, frame drops, fps drops, hot to the touch"],
    [-1.5, "short battery life, battery drain, rushed, delay, delays, cancelled, canceled"],
    [-1.5, "thin walls, damp, stains, dried out, dries out, smudges, smudged, smears, smeared"],
    [-1.5, "wears off, wore off, rubbed off, white cast, oxidised, oxidized, oxidises, melted"],
    [-1.5, "mess, a mess, messy, chaotic, chaos, joke, 4/10, 2/5, 3/5"],
    [-2, "unfriendly, impolite, snobby, snooty, pushy, inattentive, clueless, no help"],
    [-2, "nobody cared, no one cared, kept me waiting, left on read, left me on read"],
    [-2, "never heard back, haven't heard back, didn't hear back, never followed up"],
    [-2, "radio silence, greedy, waste, wasted, hidden fees, hidden charges, knockoff, knock off"],
    [-2, "cheap plastic, came apart, snapped, dead pixel, dead pixels, malfunction, malfunctioned"],
    [-2, "malfunctioning, defects, won't connect, can't connect, cannot connect, unresponsive"],
    [-2, "overheat, crushed, squashed, smashed, spilled, spilt, stuck in transit, overbooked"],
    [-2, "missed my flight, musty, blister, blisters, painful, tasted off, tastes off, smells off"],
    [-2, "smelled off, gone off, bone dry, raw inside, a joke, laughable, embarrassing"],
    [-2, "ridiculous, absurd, disorganised, disorganized, red flag, red flags, dealbreaker"],
    [-2, "deal breaker, unimpressed, uninstalled, uninstalling, deleted the app, deleting the app"],
    [-2, "unsubscribed, unsubscribing, cancelled my subscription, canceled my subscription"],
    [-2, "massive l, big l"],
    [-2.5, "hostile, zero help, overcharged, charged twice, cash grab, money grab, lost package"],
    [-2.5, "package lost, lost parcel, parcel lost, lost luggage, lost my luggage"],
    [-2.5, "lost our luggage, mould, mold, unusable, unplayable, unwatchable, won't turn on"],
    [-2.5, "doesn't turn on, dud, shameful, unacceptable, inexcusable, hot mess, shambles, flop"],
    [-2.5, "breaking out, what a joke, never going back, not going back, never coming back, 3/10"],
    [-3, "daylight robbery, highway robbery, dead on arrival, doa, bricked, disgrace"],
    [-3, "dumpster fire, cockroach, cockroaches, roach, roaches, bed bugs, bedbugs, 0/10, 1/10"],
    [-3, "2/10, 1/5, 0/5"],
    [3, "masterpiece, works like a charm, couldn't ask for more, could not ask for more"],
    [3, "couldn't ask for better, must watch, instant classic, ho jiak, sedap, don't miss"],
    [3, "do not miss"],
    [2.5, "gripping, hilarious, heartwarming, riveting, captivating, binge worthy, well acted"],
    [2.5, "well written, beautifully shot, edge of my seat, addicting, worth every cent, a must"],
    [2.5, "must eat, must order, over the moon, made my day, well optimised, well optimized"],
    [2, "tearjerker, lives up to, lived up to, live up to, crave, craving, cravings, engaging"],
    [2, "immersive, polished, entertaining, thrilling, does what it says, thoughtful, considerate"],
    [2, "just right, snoozefest, masterfully"],
    [1.5, "optimised, optimized, funny, touching, clever, witty, staple, punctual, deep bass"],
    [1.5, "punchy, well paced, big portions"],
    [0.4, "watchable, can lah, ok lah, okay lah, fair"],
    [-1, "predictable, cliche, cliched, corny, microtransactions, aiyo, aiyah, bleh, sorry to say"],
    [-1, "nothing new, same old, gets warm"],
    [-1.5, "dragged, drags, grindy, paywall, sian, walao, wah lau, cringey, cringy, plot holes"],
    [-1.5, "plot hole, wooden acting, lag spikes, cheaters, hackers, spam, spammy, battery hog"],
    [-1.5, "fan noise, loud fan, runs hot, throttles, throttling, falls out, keeps falling out"],
    [-1.5, "diluted, expected more, expected better, cash cow, unbalanced, buffering"],
    [-1.5, "disconnected, smells funny, tastes funny, smelled funny, tasted funny"],
    [-2, "pay to win, p2w, pay2win, ads everywhere, servers down, server down, connection drops"],
    [-2, "drops connection, watered down, jialat, bo hua, walked out, soulless, lifeless, rigged"],
    [-2, "bugged, glitched, won't load, doesn't load, not loading, uninstall"],
    [-2.5, "predatory, scammy, lost my progress, lost my save"],
    [-3, "don't waste your money, don't waste your time, save your money"],
    [-3, "save yourself the trouble"],
    [0, "can't believe, cannot believe, couldn't believe, never thought, never knew, no joke"],
    [0, "no kidding, don't get me wrong, not to mention, no offense, nothing but"],
    [2.5, "main character energy"],
    [2, "can't stop, cannot stop"],
    [-2, "snooze, a snooze, snoozer, are you serious, are you kidding, is this a joke"],
  ],
  zh: [
    [3, "完美, 封神, 物超所值, yyds, 吹爆, 狂推, 一生推"],
    [2.5, "天花板, 神仙, 真香, 神器, 一流, 超值, 棒, 幸福, 666, nb, 入口即化, 安利, 心水, 牛逼"],
    [2.5, "牛掰, 良心, 神速, 必入, 五星, 已入手, 囤了, 安排上了, 迷上了, 美哭, 物有所值, 震撼"],
    [2, "好喝, 好吃, 好看, 好用, 好玩, 好穿, 好睡, 好搭, 舒服, 享受, 百搭, 耐用, 周到, 耐心, 可口"],
    [2, "美味, 醇厚, 回甘, 清爽, 爽口, 酥脆, 香甜, 甘甜, 清甜, 服帖, 有效, 精美, 用心, 暖心, 漂亮"],
    [2, "舒心, 省心, 牛, 值得, 高端, awsl, 嫩滑, 香醇, 醇正, 值得入手, 物流快, 耐看, 挑不出毛病"],
    [2, "爆汁, 入味, 亮眼, 出彩, 美美的, 透亮, 香香的, 舒舒服服, 用料足, 料足, 分量足, 份量足"],
    [2, "很可以, 喜提, 到位, 值了, 筋道, 滑嫩, 水嫩, 美景, 出片, 卡哇伊, 死忠"],
    [1.5, "好, 香, 嫩, 清香, 醇香, 方便, 合身, 正好, 迅速, 值, 安心, 放心, 正品, 想吃, 想喝"],
    [1.5, "剁手, 靠得住, 足, 十足, 好足, 二刷, 三刷, 大方, 得体, 有创意, 有特色"],
    [1.5, "有意思, 有用, 管用, 好使, 上手快, 放松, 多汁, 清新, 效率高, 高效, 持久, 提亮, 水光"],
    [1.5, "嫩嫩的, 滑滑的, 暖暖的, 保暖, 耐摔, 量大, 公道, 有活力, 心仪, 仙, 美, 奶香, 茶香, 果香"],
    [1.5, "焦香, 酸爽, 光滑, 入坑, 求同款, 想入, 粉了, 圈粉, 空瓶, 秒回, 友好, 好拍, 脆脆的, 平衡"],
    [1.5, "佩服, 美滋滋"],
    [1, "便宜, 脆, 自然, 快, 好吸收, 辛苦了, 甜甜的, 控油, 回本, 白皙"],
    [0.4, "蹲, 收藏了, 已收藏"],
    [1, "祛痘, 爆款, 有效果, 安全, 清淡, 滑, 加油, 防水, 美白, 淡斑"],
    [0.4, "可以, 及格, 能用, 入手, 入手了, 入了, 安排, 想要, 拍下"],
    [-0.4, "一般, 普通, 一般般, 平平"],
    [-0.7, "平淡, 苦味, 服了"],
    [-1, "可惜, 苦, 有待提高, 不如, 排雷, 吐槽, 怪, 卡, 假滑, 黏, 粘, 破, 二手, 土, 香精, 痘痘"],
    [-1, "粉刺, 油光, 老套, 一股味, 痘, 冷掉, 敏感, 呵呵, 久等"],
    [-1.5, "慢, 腥, 坑, 雷, 焦, 糊, 失落, 心累, 寡淡, 色差, 怪怪的, 小失望, 肉疼, 卡住, 不咋地"],
    [-1.5, "吵, 噪音, 磨叽, 拖拉, 效率低, 不如以前, 不如之前, 退坑, 退款, 扎心, 出油, 假白, 斑驳"],
    [-1.5, "刮手, 扎手, 起毛, 套路, 不太行, 慢吞吞, 栓q, 辣眼睛, 短板, 不如人意, 醉了, emo, 低端"],
    [-1.5, "雷雷的, 拔草"],
    [-0.4, "普普, 普普通通"],
    [-2, "差, 臭, 怪味, 瑕疵, 漏液, 漏水, 掉色, 褪色, 起球, 粗糙, 黑屏, 拖延, 冷漠, 怒, 毛病"],
    [-2, "故障, 破了, 碎了, 裂了, 漏了, 不行, 掉漆, 刺激, 搓泥, 起皮, 等了好久, 等太久, 不理人"],
    [-2, "崩了, 慎入, 痛苦, 心塞, 不爽, 卡粉, 浮粉, 割手, 不熟, 推卸, 踢皮球, 扯皮, 糟心, 致痘"],
    [-2, "寄了, 芭比q了, 拉胯, 吐了, 白跑, 一星"],
    [-2.5, "失望, 糟糕, 踩坑, 避雷, 塌房, 暴雷, 爆雷, 雷人, 雷品, 地雷, 刺鼻, 刺痛, 爆痘, 敷衍"],
    [-2.5, "忽悠, 山寨, 假的, 不值, 未收到, 酸臭, 肚子疼, 敷衍了事, 低劣"],
    [-3, "垃圾, 踩雷, 想吐, 反胃, 坑人, 坑爹, 割韭菜, 次品, 空包, 宰客, 黑店, 拉黑, 被坑, 宰人"],
    [-3, "以次充好, 拉肚子, 食物中毒, 大失所望, 零分, 黑心"],
    [0.5, "香味"],
    [0, "香港, 香蕉, 香水, 香料, 香菜, 香草, 香薰, 香皂, 香槟, 香菇, 香油, 香奈儿, 香氛"],
    [0, "好像, 好多, 好久, 好友, 好奇, 只好, 你好, 您好, 大家好, 好吧, 好在, 好不容易, 不好意思"],
    [0, "不得不, 不但, 不管, 不然, 不少, 不久, 不用, 想不到, 意想不到, 差不多, 出差, 差距, 快要"],
    [0, "美式, 美元, 美金, 美甲, 美食, 牛奶, 牛肉, 牛油, 牛排, 牛仔, 牛角, 充值, 最近, 最初, 焦糖"],
    [0, "正在, 慢慢, 不知道, 好嘛, 偏好, 正式, 正面, 真正, 反正, 修正, 平台, 平常, 水平"],
    [0, "平均, 土豆, 土司, 土耳其, 卡片, 信用卡, 打卡, 刷卡, 卡券, 卡包, 卡通, 卡路里, 卡其, 雷同"],
    [0, "雷雨, 打雷, 苦瓜, 辛苦, 臭豆腐, 破防, 突破, 好的吧, 不一定, 不得了, 本土, 好些, 推出"],
    [0, "推拿, 推文, 拉扯, 扯平, 公平, 怪不得, 牛腩, 牛丸, 牛乳, 牛皮, 牛扒, 快餐, 快手, 美容"],
    [0, "打破, 足球, 足足, 值班, 敏感肌, 油皮, 汽油, 精油"],
    [1.5, "改善"],
    [-2, "未送到"],
    [1.5, "新意, 突出"],
    [1, "特色"],
    [0, "特色菜"],
    [3, "一百分, 100分, tql"],
    [2.5, "不愧, 吊打, 俗又大碗, 迫不及待, 白月光"],
    [2, "好客, 秒到, 正宗, 爽滑, 耐穿, 清透, 有型, 清晰, 神奇, 神, 本命"],
    [1.5, "敞亮, 明亮, 麻利, 利索, 快速, 隔天到, 完好, 地道, 酥, 爽, 爽快, 解渴, 提神, 暖胃, 大份"],
    [1.5, "料多, 小巧, 耐磨, 有品位, 有品味, 修身, 便利, 想入手, 期待, 佳, 更佳, 平替, 好逛, 送埋"],
    [1, "吸收, 防滑, 大牌, 淡化, 打算入手, 隔音"],
    [0.3, "xswl, 笑死"],
    [0, "便利店, 便利商店, 精神, 眼神, 神秘, 神社, 神明, 柴犬, 火柴, 柴油, 柴火, 抗氧化, 抗衰老"],
    [0, "抗衰, 衰老, 衰退, yysy, 逼真, 被迫, 迫切, 不嬲, 分裂"],
    [-0.4, "是但"],
    [-1, "害怕, 欠缺, 累, 厚重, 掉渣, 催, 老鼠, 痘印, 逼"],
    [-1.5, "逼仄, 水水的, 柴, 膻, 隔夜, 韭菜, 裂, 掉毛, 磕碰, 暗沉, 氧化, 假面, 毛孔粗大, 勒"],
    [-1.5, "比不上, 退步, 冷淡, 瞎, 衰, 不ok, 唔ok"],
    [-2, "臭味, 用不了, 不回信息, 不回人, 不搭理, 翻白眼, 糊弄, 怠慢, 致敏, 避坑, 拉垮, 欠佳"],
    [-2, "不佳, 大不如前, 一代不如一代, 受不了, 智障"],
    [-2.5, "蟑螂, 被宰, 卡死, 卡成ppt, 雷爆, 想嘔, 作嘔"],
    [3, "神作"],
    [2.5, "必吃, 必喝, 佳作, 燃爆"],
    [2, "高能, 好哭, 爽片, 和描述一致, 拿捏, 好笑, 有趣, 精彩, 耐玩, 落胃"],
    [1.5, "搞笑, 推推, 讚讚, 好入口, 醒神, 好物, 香口"],
    [0, "有雷, 微雷"],
    [-1, "底噪, 氪金"],
    [-1.5, "太肝, 尬, 拖沓, 狗血, 特效假, 漏音, 不跟手, 噓, 不推, 小雷"],
    [-2, "逼氪, 看不下去, 五毛特效, 大雷, 雷店"],
    [1.5, "忍不住"],
    [0, "神情, 神色, 走神, 佳能, 催眠, 逼格, 被逼, 不敢相信, 典型, 模型, 血型, 大型, 小型, 中型"],
    [0, "新型, 版型, 外型, 原型"],
    [0, "差唔多"],
    [-1.5, "不良"],
  ],
  "zh-Hans": [
    [3, "绝绝子, 绝了, 一绝, 一级棒, 好评如潮, 无可挑剔, 回味无穷, 闭眼入, 闭眼冲, 爱不释手"],
    [3, "欲罢不能, 人间值得, 五星好评, 顶级, 满分, 爱了, 爱死了, 强烈推荐, 强推, 强烈安利"],
    [3, "无限回购, 物美价廉, 必须回购, 疯狂回购, 冲鸭, 再好不过, 绝美, 宝藏级, 满分好评, 真材实料"],
    [3, "超出预期, 超预期, 捡到宝, 零差评"],
    [2.5, "上瘾, 宝藏, 惊艳, 惊喜, 谁用谁知道, 无敌, 赞, 超赞, 最爱, 好评, 神级, 惊为天人"],
    [2.5, "值回票价, 种草了, 被种草, 回购了, 复购, 已回购, 会回购, 必买, 优秀, 厉害, 高级感, 治愈"],
    [2.5, "真心推荐, 已下单, 已经下单, 囤货, 离不开, 还会再买, 惊喜满满, 绝配, 大爱"],
    [2.5, "爱上了, 外酥里嫩, 性价比超高, 性价比极高, 回头客, 宝藏店铺, 有回头客, 血赚, 路转粉"],
    [2.5, "入股不亏, 不虚此行, 壮观, 买爆"],
    [2, "好闻, 好听, 点赞, 推荐, 喜欢, 满意, 浓郁, 鲜美, 下饭, 开胃, 过瘾, 上头, 丝滑, 顺滑, 细腻"],
    [2, "高级, 时尚, 精致, 可爱, 开心, 快乐, 满足, 感动, 贴心, 热情, 专业, 新鲜, 水润, 温和, 持妆"],
    [2, "滋润, 流畅, 实惠, 划算, 值得购买, 值得买, 值得一试, 建议购买, 建议入手, 发货快, 到货快"],
    [2, "显白, 显瘦, 细心, 热心, 刚刚好, 没毛病, 没得说, 没话说, 没得挑, 再来, 还会再来, 必须再来"],
    [2, "鲜嫩, 软糯, q弹, 弹牙, 心动, 着迷, 颜值担当, 高颜值, 颜值高, 颜值很高, 颜值超高"],
    [2, "性价比高, 高性价比, 性价比很高, 续航久, 精细, 价格美丽, 划得来, 不错, 不错吃, 不错喝"],
    [2, "透气, 惬意, 赚到, 必备, 香喷喷, 劲道, 鲜甜, 浓香, 够味, 够劲, 解馋, 层次丰富, 好上妆"],
    [2, "美丽, 高兴, 买买买, 给我冲"],
    [1.5, "甜而不腻, 有质感, 有档次, 可以冲, 种草, 回购, 再买, 会再买, 刚好, 合适, 干净, 安静"],
    [1.5, "柔软, 轻便, 轻薄, 实在, 求链接, 稳了, 放心买, 良心价, 强, 强大"],
    [1.5, "香浓, 满满, 买它, 经典, 还不错, 不赖, 还不赖, 新颖, 别致, 独特, 实用, 顺手, 舒适, 解压"],
    [1.5, "满满的, 有嚼劲, 温柔, 亲切, 礼貌, 有礼貌, 给力, 保湿, 补水, 显色, 轻盈, 合脚, 跟脚"],
    [1.5, "结实, 扎实, 价格公道, 捡漏, 及时, 准时, 按时, 守时, 白菜价, 顺口, 幸运, 好评率高, 稳"],
    [1.5, "适中, 解腻, 层次感, 丰富, 修护, 舒缓, 紧致, 细致, 长草, 铁粉, 常备, 抢到, 次日达"],
    [1.5, "当天到, 亲民, 热乎乎, 负责, 续航长, 送货上门, 赚了, 热销"],
    [1, "靠谱, 没问题, 耐脏, 学到了, 明显, 特别, 简单, 轻松, 软软的, 优惠, 平价, 质感"],
    [1, "适合, 抢购"],
    [0.4, "还行, 还可以, 还好, 过得去, 码住, 马住, 想买, 下单, 下单了, 买了, 已买"],
    [0.3, "谢谢, 感谢, 多谢"],
    [-0.4, "马马虎虎, 凑合, 中评, 没什么特别, 就那样"],
    [-0.7, "将就, 问题, 小问题, 不过如此"],
    [-1, "小贵, 有待改进, 麻烦, 焦虑, 缺点, 发热, 干燥, 闷, 旧, 线头, 差强人意, 晕, 降价, 耗电"],
    [-1, "油腻腻"],
    [-1.5, "推迟, 贵, 硬邦邦, 干巴巴, 无感, 没感觉, 尴尬, 烦, 腻, 甜腻, 苦涩, 涩, 迟到, 延迟"],
    [-1.5, "发烫, 无聊, 涩口, 腻味, 没味道, 不怎么样, 不咋样, 显老, 显胖, 紧绷, 粘腻, 黏腻, 拥挤"],
    [-1.5, "乱, 混乱, 小气, 抠门, 有问题, 退货, 凉了, 无奈, 头疼, 头痛, 痒, 性价比低, 性价比不高"],
    [-1.5, "闭口, 尺码不准, 亏, 涨价, 简陋, 槽点, 不尽人意, 裂开, 低级, 快过期, 勉强, 黄牛"],
    [-2, "异味, 难看, 难用, 失败, 坏了, 坏掉, 生锈, 变形, 开裂, 闷痘, 长痘, 泛红, 拔干, 坏, 漏发"],
    [-2, "少发, 发错, 错发, 压扁, 还没到, 不回复, 没人理, 没回复, 没效果, 没用, 效果不明显"],
    [-2, "掉电快, 掉电很快, 耗电快, 耗电很快, 生气, 不建议, 谨慎购买, 难受, 难过, 吃亏, 发炎"],
    [-2, "红肿, 长闭口, 结块, 刺痒, 瘙痒, 缩水, 开线, 脱线, 夹生, 没熟, 堪忧, 凑数, 不耐烦, 推脱"],
    [-2, "虚标, 不满, 鸡肋, 油腻, 变味, 卡顿, 闪退, 丑, 廉价感, 磨脚, 脱妆, 郁闷, 淡而无味, 亏了"],
    [-2, "浪费, 气人, 闹心, 塑料味, 化学味, 雷区, 毁了, 不如预期, 脏, 脏兮兮, 一言难尽, 硬伤"],
    [-2, "败笔, 爱答不理, 白来, 续航短, 乱七八糟"],
    [-2.5, "后悔, 翻车, 差评, 离谱, 难吃, 难喝, 难闻, 劝退, 白买, 投诉, 举报, 恶劣, 骗, 无语"],
    [-2.5, "图文不符, 与描述不符, 货不对板, 难以接受, 差劲, 烂, 破损, 丢件, 暴力运输, 不发货"],
    [-2.5, "迟迟不发货, 没发货, 没收到, 还没收到, 爱理不理, 无效, 缺斤少两, 愤怒, 崩溃, 慎买"],
    [-2.5, "过敏, 死机, 过期, 气死, 异物, 头发丝, 发臭, 甩脸色, 摆脸色, 骂人, 质量堪忧, 霸王条款"],
    [-2.5, "强制消费, 绝望"],
    [-3, "残次品, 骗子, 智商税, 恶心, 劣质, 假货, 变质, 发霉, 上当, 别买, 千万别买, 骗钱, 不要买"],
    [-3, "再也不买, 再也不会买, 粉转黑, 辣鸡, 难以下咽, 味同嚼蜡, 烂脸, 欺骗, 虚假宣传, 坑钱"],
    [-3, "骗人, 浪费钱, 别入, 乱收费, 偷工减料, 收智商税, 吃坏肚子, 馊了, 虫子, 态度恶劣, 负分"],
    [0.5, "香气"],
    [-0.3, "中规中矩, 不过不失, 无功无过"],
    [0, "还凑合, 香肠, 香烟, 好几, 好处, 不仅, 不一样, 没想到"],
    [0, "没关系, 差点, 差价, 快递, 快点, 快来, 尽快, 赶快, 美国, 美团, 美妆, 蜗牛, 价值, 颜值"],
    [0, "数值, 最后, 最终, 卡布奇诺, 无论, 无论如何, 无香, 慢慢来, 干嘛, 没事, 不确定, 差别"],
    [0, "特别是, 时差, 没什么, 辣条, 坏处, 过来, 平时, 没有之一, 会员卡, 礼品卡, 购物卡, 好评返现"],
    [0, "怀旧, 旧款, 说不定, 好坏, 粘贴, 推动, 推开, 推车, 推广, 推销, 推荐码, 牵扯, 依旧, 仍旧"],
    [0, "银行卡, 储值卡, 牛杂, 快没了, 强调, 足够, 足迹, 酱油, 油条, 油价, 卸妆油, 好一会, 问题是"],
    [0, "没问题吧, 刚刚, 不好不坏"],
    [1.5, "好转"],
    [-2, "还没送到, 未到货"],
    [-2, "这也叫, 这也算, 这也配叫"],
    [-0.3, "见仁见智, 因人而异, 看个人需求, 看个人喜好"],
    [-2.5, "个寂寞"],
    [3, "超绝, 宾至如归, 相见恨晚, 无可替代, 名不虚传, 神仙级, 杀疯了"],
    [2.5, "完胜, 绝佳, 极佳, 名副其实, 会回访, 必访, 甩几条街"],
    [2, "爱, 宽敞, 整洁, 柔顺, 顺畅, 飞快, 秒发, 包装完好, 完好无损, 包装严实, 鲜香, 香软, 松软"],
    [2, "绵密, 轻巧, 上档次, 高档, 贴肤, 尺码标准, 码数准, 显高, 显身材, 秒开, 优美, 还会来"],
    [2, "还会再去, 冲冲冲, 立马下单, 马上下单, 马上去买, 立刻下单, 氛围感, 回访, 皮肤变好, 窝心"],
    [1.5, "卫生, 顺利, 客气, 严实, 管饱, 便携, 尺码正, 准点, 冲了, 准备入手, 好过, 进步, 亮点"],
    [1.5, "记忆点, 老字号, 再访, 二访, 好买, 灵敏, 赠品"],
    [1, "优点, 鲜, 顺, 保温, 加购, 已加购, 加购物车, 加入购物车, 想试试, 求购, 松弛感, 顶流, 赠送"],
    [1, "升级"],
    [0, "海鲜, 鲜奶, 鲜花, 鲜榨, 生鲜, 顺丰, 顺便, 顺序, 顺路, 顺位, 爱好, 恋爱, 爱情, 爱人"],
    [0, "亲爱的, 爱豆, 爱奇艺, 神经, 神户, 累计, 积累, 累积, 有一说一, 冲泡, 爽肤水"],
    [-1, "担心, 差点意思, 挤, 重启, 颠簸, 加价, 黑头"],
    [-1.5, "遗憾, 狭窄, 狭小, 潮湿, 霉, 油烟, 无味, 没味, 预制菜, 溢价, 额外收费, 廉价, 发黄"],
    [-1.5, "起皱, 杂音, 不灵, 开不了, 烫手, 弄错, 出错, 少给, 催单, 超时, 慢递, 脱皮, 发黑"],
    [-1.5, "买大了, 买小了, 挤脚, 顶脚, 老旧, 陈旧, 排长队, 还不如, 差过, 降级, 凶, 摆烂, 已删"],
    [-1.5, "删了, 需要适应"],
    [-2, "霉味, 吵闹, 脏乱, 虫, 干柴, 天价, 冤种, 开胶, 脱胶, 断了, 断裂, 摔坏, 异响, 没声音"],
    [-2, "没反应, 失灵, 断连, 断线, 掉线, 连不上, 打不开, 自动关机, 已读不回, 不回消息, 怼, 甩锅"],
    [-2, "推诿, 漏单, 丢了, 弄丢, 洒了, 压坏, 送错, 错单, 延误, 龟速, 蜗牛速度, 夹脚, 破旧, 下头"],
    [-2, "悲剧, 惨剧, 惨, 卸载"],
    [-2.5, "馊味, 脏乱差, 臭虫, 坐地起价, 隐形消费, 血亏, 亏大了, 冤枉钱, 大冤种, 充不进电"],
    [-2.5, "充不上电, 开不了机, 寄丢, 爱搭不理, 离大谱, 科技与狠活, 废物"],
    [-3, "粗制滥造, 当人盘子, 当盘子"],
    [3, "货真价实, 别错过, 不要错过, 不容错过"],
    [2.5, "必点"],
    [2, "催泪, 泪目, 与描述相符, 跟图片一样, 拉满, 演技在线, 百吃不厌, 停不下来, 杠杠的, 优雅"],
    [1.5, "烧脑, 图片一致, 顺喉, 秒连, 稳定, 诚意"],
    [0, "无雷, 剧透, 集美们, 推荐菜, 严重性"],
    [-1.5, "广告多, 会谢, 冗长, 外挂, 掉帧, 没茶味, 图片仅供参考"],
    [-2, "烂尾, 看睡着, 弃剧, 弃坑, 删游戏, 骗氪, 圈钱, 敛财, 音画不同步, 仅退款, 货不对版"],
    [-2.5, "烂片, 退钱, 还钱"],
    [1, "舍不得"],
    [0, "神马, 神话, 神圣, 虫草, 不用说, 不用多说, 型号, 类型, 发型, 体型, 机型, 脸型, 车型, 户型"],
    [-1.5, "爽约"],
    [2, "认准"],
    [0.4, "够用"],
    [0, "快闪, 周末, 周年"],
    [-1, "暗疮"],
    [-2, "接触不良, 认真的吗, 开玩笑吗"],
    [-2.5, "爆暗疮"],
  ],
  "zh-Hant": [
    [3, "絕絕子, 絕了, 一絕, 一級棒, 好評如潮, 無可挑剔, 回味無窮, 閉眼入, 閉眼衝, 愛不釋手"],
    [3, "欲罷不能, 人間值得, 五星好評, 頂級, 滿分, 愛了, 愛死了, 強烈推薦, 強推, 強烈安利"],
    [3, "無限回購, 物美價廉, 必須回購, 瘋狂回購, 衝鴨, 再好不過, 絕美, 寶藏級, 滿分好評, 真材實料"],
    [3, "超出預期, 超預期, 撿到寶, 零差評"],
    [2.5, "上癮, 寶藏, 驚艷, 驚喜, 誰用誰知道, 無敵, 讚, 超讚, 最愛, 好評, 神級, 驚為天人"],
    [2.5, "值回票價, 種草了, 被種草, 回購了, 復購, 已回購, 會回購, 必買, 優秀, 厲害, 高級感, 治癒"],
    [2.5, "真心推薦, 已下單, 已經下單, 囤貨, 離不開, 還會再買, 驚喜滿滿, 絕配, 大愛"],
    [2.5, "愛上了, 外酥裡嫩, 性價比超高, 性價比極高, 回頭客, 寶藏店鋪, 有回頭客, 血賺, 路轉粉"],
    [2.5, "入股不虧, 不虛此行, 壯觀, 買爆"],
    [2, "好聞, 好聽, 點讚, 推薦, 喜歡, 滿意, 濃郁, 鮮美, 下飯, 開胃, 過癮, 上頭, 絲滑, 順滑, 細膩"],
    [2, "高級, 時尚, 精緻, 可愛, 開心, 快樂, 滿足, 感動, 貼心, 熱情, 專業, 新鮮, 水潤, 溫和, 持妝"],
    [2, "滋潤, 流暢, 實惠, 劃算, 值得購買, 值得買, 值得一試, 建議購買, 建議入手, 發貨快, 到貨快"],
    [2, "顯白, 顯瘦, 細心, 熱心, 剛剛好, 沒毛病, 沒得說, 沒話說, 沒得挑, 再來, 還會再來, 必須再來"],
    [2, "鮮嫩, 軟糯, q彈, 彈牙, 心動, 著迷, 顏值擔當, 高顏值, 顏值高, 顏值很高, 顏值超高"],
    [2, "性價比高, 高性價比, 性價比很高, 續航久, 精細, 價格美麗, 劃得來, 不錯, 不錯吃, 不錯喝"],
    [2, "透氣, 愜意, 賺到, 必備, 香噴噴, 勁道, 鮮甜, 濃香, 夠味, 夠勁, 解饞, 層次豐富, 好上妝"],
    [2, "美麗, 高興, 買買買, 給我衝"],
    [1.5, "甜而不膩, 有質感, 有檔次, 可以衝, 種草, 回購, 再買, 會再買, 剛好, 合適, 乾淨, 安靜"],
    [1.5, "柔軟, 輕便, 輕薄, 實在, 求連結, 穩了, 放心買, 良心價, 強, 強大"],
    [1.5, "香濃, 滿滿, 買它, 經典, 還不錯, 不賴, 還不賴, 新穎, 別緻, 獨特, 實用, 順手, 舒適, 解壓"],
    [1.5, "滿滿的, 有嚼勁, 溫柔, 親切, 禮貌, 有禮貌, 給力, 保濕, 補水, 顯色, 輕盈, 合腳, 跟腳"],
    [1.5, "結實, 紮實, 價格公道, 撿漏, 及時, 準時, 按時, 守時, 白菜價, 順口, 幸運, 好評率高, 穩"],
    [1.5, "適中, 解膩, 層次感, 豐富, 修護, 舒緩, 緊緻, 細緻, 長草, 鐵粉, 常備, 搶到, 次日達"],
    [1.5, "當天到, 親民, 熱乎乎, 負責, 續航長, 送貨上門, 賺了, 熱銷"],
    [1, "靠譜, 沒問題, 耐髒, 學到了, 明顯, 特別, 簡單, 輕鬆, 軟軟的, 優惠, 平價, 質感"],
    [1, "適合, 搶購"],
    [0.4, "還行, 還可以, 還好, 過得去, 碼住, 馬住, 想買, 下單, 下單了, 買了, 已買"],
    [0.3, "謝謝, 感謝, 多謝"],
    [-0.4, "馬馬虎虎, 湊合, 中評, 沒什麼特別, 就那樣"],
    [-0.7, "將就, 問題, 小問題, 不過如此"],
    [-1, "小貴, 有待改進, 麻煩, 焦慮, 缺點, 發熱, 乾燥, 悶, 舊, 線頭, 差強人意, 暈, 降價, 耗電"],
    [-1, "油膩膩"],
    [-1.5, "推遲, 貴, 硬梆梆, 乾巴巴, 無感, 沒感覺, 尷尬, 煩, 膩, 甜膩, 苦澀, 澀, 遲到, 延遲"],
    [-1.5, "發燙, 無聊, 澀口, 膩味, 沒味道, 不怎麼樣, 不咋樣, 顯老, 顯胖, 緊繃, 粘膩, 黏膩, 擁擠"],
    [-1.5, "亂, 混亂, 小氣, 摳門, 有問題, 退貨, 涼了, 無奈, 頭疼, 頭痛, 癢, 性價比低, 性價比不高"],
    [-1.5, "閉口, 尺碼不準, 虧, 漲價, 簡陋, 槽點, 不盡人意, 裂開, 低級, 快過期, 勉強, 黃牛"],
    [-2, "異味, 難看, 難用, 失敗, 壞了, 壞掉, 生鏽, 變形, 開裂, 悶痘, 長痘, 泛紅, 拔乾, 壞, 漏發"],
    [-2, "少發, 發錯, 錯發, 壓扁, 還沒到, 不回覆, 沒人理, 沒回覆, 沒效果, 沒用, 效果不明顯"],
    [-2, "掉電快, 掉電很快, 耗電快, 耗電很快, 生氣, 不建議, 謹慎購買, 難受, 難過, 吃虧, 發炎"],
    [-2, "紅腫, 長閉口, 結塊, 刺癢, 搔癢, 縮水, 開線, 脫線, 夾生, 沒熟, 堪憂, 湊數, 不耐煩, 推脫"],
    [-2, "虛標, 不滿, 雞肋, 油膩, 變味, 卡頓, 閃退, 醜, 廉價感, 磨腳, 脫妝, 鬱悶, 淡而無味, 虧了"],
    [-2, "浪費, 氣人, 鬧心, 塑膠味, 化學味, 雷區, 毀了, 不如預期, 髒, 髒兮兮, 一言難盡, 硬傷"],
    [-2, "敗筆, 愛答不理, 白來, 續航短, 亂七八糟"],
    [-2.5, "後悔, 翻車, 差評, 離譜, 難吃, 難喝, 難聞, 勸退, 白買, 投訴, 舉報, 惡劣, 騙, 無語"],
    [-2.5, "圖文不符, 與描述不符, 貨不對板, 難以接受, 差勁, 爛, 破損, 丟件, 暴力運輸, 不發貨"],
    [-2.5, "遲遲不發貨, 沒發貨, 沒收到, 還沒收到, 愛理不理, 無效, 缺斤少兩, 憤怒, 崩潰, 慎買"],
    [-2.5, "過敏, 死機, 過期, 氣死, 異物, 頭髮絲, 發臭, 甩臉色, 擺臉色, 罵人, 質量堪憂, 霸王條款"],
    [-2.5, "強制消費, 絕望"],
    [-3, "殘次品, 騙子, 智商稅, 噁心, 劣質, 假貨, 變質, 發霉, 上當, 別買, 千萬別買, 騙錢, 不要買"],
    [-3, "再也不買, 再也不會買, 粉轉黑, 辣雞, 難以下嚥, 味同嚼蠟, 爛臉, 欺騙, 虛假宣傳, 坑錢"],
    [-3, "騙人, 浪費錢, 別入, 亂收費, 偷工減料, 收智商稅, 吃壞肚子, 餿了, 蟲子, 態度惡劣, 負分"],
    [0.5, "香氣"],
    [-0.3, "中規中矩, 不過不失, 無功無過"],
    [0, "還湊合, 香腸, 香煙, 好幾, 好處, 不僅, 不一樣, 沒想到"],
    [0, "沒關係, 差點, 差價, 快遞, 快點, 快來, 盡快, 趕快, 美國, 美團, 美妝, 蝸牛, 價值, 顏值"],
    [0, "數值, 最後, 最終, 卡布奇諾, 無論, 無論如何, 無香, 慢慢來, 幹嘛, 沒事, 不確定, 差別"],
    [0, "特別是, 時差, 沒什麼, 辣條, 壞處, 過來, 平時, 沒有之一, 會員卡, 禮品卡, 購物卡, 好評返現"],
    [0, "懷舊, 舊款, 說不定, 好壞, 粘貼, 推動, 推開, 推車, 推廣, 推銷, 推薦碼, 牽扯, 依舊, 仍舊"],
    [0, "銀行卡, 儲值卡, 牛雜, 快沒了, 強調, 足夠, 足跡, 醬油, 油條, 油價, 卸妝油, 好一會, 問題是"],
    [0, "沒問題吧, 剛剛"],
    // Taiwan and Hong Kong usage
    [3, "推爆, cp值爆表"],
    [2.5, "大推, 必推, 贊, 佛心, 佛心價, 俗擱大碗, cp值超高, 療癒"],
    [2, "好康, cp值高, cp值很高, 高cp值"],
    [1.5, "推, 小確幸, 求鏈接"],
    [0.5, "送禮"],
    [-1.5, "肉痛, 扯, cp值低, cp值不高"],
    [-2, "傻眼, 鬼扯, 母湯, 雷包, 靠杯, 鬱卒, 起毛球"],
    [-2.5, "當機, 靠北, 檢舉, 貨不對辦"],
    [-3, "踩到雷"],
    [0, "開箱, 不好不壞"],
    [1.5, "好轉"],
    [-2, "還沒送到, 未到貨"],
    [-2, "這也叫, 這也算, 這也配叫"],
    [-0.3, "見仁見智, 因人而異, 看個人需求, 看個人喜好"],
    [-2.5, "個寂寞"],
    [3, "超絕, 賓至如歸, 相見恨晚, 無可替代, 名不虛傳, 神仙級, 殺瘋了"],
    [2.5, "完勝, 絕佳, 極佳, 名副其實, 會回訪, 必訪, 甩幾條街"],
    [2, "愛, 寬敞, 整潔, 柔順, 順暢, 飛快, 秒發, 包裝完好, 完好無損, 包裝嚴實, 鮮香, 香軟, 鬆軟"],
    [2, "綿密, 輕巧, 上檔次, 高檔, 貼膚, 尺碼標準, 碼數準, 顯高, 顯身材, 秒開, 優美, 還會來"],
    [2, "還會再去, 衝衝衝, 立馬下單, 馬上下單, 馬上去買, 立刻下單, 氛圍感, 回訪, 皮膚變好, 窩心"],
    [1.5, "衛生, 順利, 客氣, 嚴實, 管飽, 便攜, 尺碼正, 準點, 衝了, 準備入手, 好過, 進步, 亮點"],
    [1.5, "記憶點, 老字號, 再訪, 二訪, 好買, 靈敏, 贈品"],
    [1, "優點, 鮮, 順, 保溫, 加購, 已加購, 加購物車, 加入購物車, 想試試, 求購, 鬆弛感, 頂流, 贈送"],
    [1, "升級"],
    [0, "海鮮, 鮮奶, 鮮花, 鮮榨, 生鮮, 順豐, 順便, 順序, 順路, 順位, 愛好, 戀愛, 愛情, 愛人"],
    [0, "親愛的, 愛豆, 愛奇藝, 神經, 神戶, 累計, 積累, 累積, 有一說一, 沖泡, 爽膚水"],
    [-1, "擔心, 差點意思, 擠, 重啟, 顛簸, 加價, 黑頭"],
    [-1.5, "遺憾, 狹窄, 狹小, 潮濕, 黴, 油煙, 無味, 沒味, 預製菜, 溢價, 額外收費, 廉價, 發黃"],
    [-1.5, "起皺, 雜音, 不靈, 開不了, 燙手, 弄錯, 出錯, 少給, 催單, 超時, 慢遞, 脫皮, 發黑"],
    [-1.5, "買大了, 買小了, 擠腳, 頂腳, 老舊, 陳舊, 排長隊, 還不如, 差過, 降級, 兇, 擺爛, 已刪"],
    [-1.5, "刪了, 需要適應"],
    [-2, "黴味, 吵鬧, 髒亂, 蟲, 乾柴, 天價, 冤種, 開膠, 脫膠, 斷了, 斷裂, 摔壞, 異響, 沒聲音"],
    [-2, "沒反應, 失靈, 斷連, 斷線, 掉線, 連不上, 打不開, 自動關機, 已讀不回, 不回訊息, 懟, 甩鍋"],
    [-2, "推諉, 漏單, 丟了, 弄丟, 灑了, 壓壞, 送錯, 錯單, 延誤, 龜速, 蝸牛速度, 夾腳, 破舊, 下頭"],
    [-2, "悲劇, 慘劇, 慘, 卸載"],
    [-2.5, "餿味, 髒亂差, 臭蟲, 坐地起價, 隱形消費, 血虧, 虧大了, 冤枉錢, 大冤種, 充不進電"],
    [-2.5, "充不上電, 開不了機, 寄丟, 愛搭不理, 離大譜, 科技與狠活, 廢物"],
    [-3, "粗製濫造, 當人盤子, 當盤子"],
    [3, "貨真價實, 別錯過, 不要錯過, 不容錯過"],
    [2.5, "必點, 屌打"],
    [2, "催淚, 淚目, 與描述相符, 跟圖片一樣, 拉滿, 演技在線, 百吃不厭, 停不下來, 槓槓的, 優雅"],
    [1.5, "燒腦, 圖片一致, 順喉, 秒連, 穩定, 誠意"],
    [0, "無雷, 劇透, 集美們, 推薦菜, 嚴重性"],
    [-1.5, "廣告多, 會謝, 冗長, 外掛, 掉幀, 沒茶味, 圖片僅供參考"],
    [-2, "爛尾, 看睡著, 棄劇, 棄坑, 刪遊戲, 騙氪, 圈錢, 斂財, 音畫不同步, 僅退款, 貨不對版"],
    [-2.5, "爛片, 退錢, 還錢"],
    [1, "捨不得"],
    [0, "神馬, 神話, 神聖, 蟲草, 不用說, 不用多說, 車型, 戶型"],
    [-1.5, "爽約"],
    [2, "認準"],
    [0.4, "夠用"],
    [0, "快閃, 週末, 週年"],
    [-1, "暗瘡"],
    [-2, "接觸不良, 認真的嗎, 開玩笑嗎"],
    [-2.5, "爆暗瘡"],
  ],
  yue: [
    [3, "冇得頂, 冇得彈, 掂過碌蔗, 平靚正, 食過返尋味, 一級正, 正斗, 爆燈, 快靚正, 頂呱呱, 冇得比"],
    [2.5, "正, 正嘢, 抵食, 犀利, 強烈推介, 必食, 必飲, 必試, 冇得輸, 抵讚, 翻兜, 會翻兜"],
    [2.5, "好嘢"],
    [2, "好食, 好飲, 好味, 抵, 抵買, 推介, 叻, 靚, 好睇, 冇話講, 冇嘢講, 有心, 抵玩, 啱啱好, 幫襯"],
    [1.5, "掂, 唔錯, 醒目, 再嚟, 會再嚟, 啱, 啱用, 冇問題, 可以喎, 好彩"],
    [1, "平, 平過, 靚仔, 冇伏"],
    [-0.4, "冇咩特別, 冇乜特別"],
    [-1, "麻麻, 麻麻地, 麻麻哋"],
    [-1.5, "hea, 扮嘢, 唔理人, 冇人理, 黑面, 串, 論盡, 老土, 冇味, 淡茂茂, 搞錯, 𠝹"],
    [-2, "伏, 難食, 難飲, 難睇, 肉酸, 柒, 渣, 廢, 廢柴, 嬲, 求其, 等好耐, 等咗好耐, 好耐先到"],
    [-2, "嘥時間, 冇用, 冇效, 唔得, 唔抵得, 唔好試, 蝕底"],
    [-2.5, "渣渣, 激氣, 頂唔順, 嘥錢, 核突, 乞人憎, 有冇搞錯, 唔好去, 冇下次, 拉肚, 肚痾"],
    [-3, "中伏, 中晒伏, 呃人, 呃錢, 搵笨, 唔好買, 食到肚痾"],
    [0, "起伏, 埋伏, 伏特, 抵抗, 抵押, 抵消, 抵達, 抵住, 咖啡渣, 豆渣, 串燒, 一串, 串門, 好耐"],
    [0, "搞掂, 唔知, 唔該, 唔使, 冇所謂, 平安, 平板, 扁平, 正價, 啱啱, 痕跡"],
    [-1, "攰"],
    [-1.5, "嘈, 嘈吵, 嘈雜"],
    [-2, "痕, 痕癢, 仲未到"],
    [-2.5, "仲未收到"],
    [2, "勁, 型, 型格, 高質, 有水準, 有質素, 有心思, 好好服務"],
    [1.5, "有心機, 靚女"],
    [0, "型號, 類型, 造型, 髮型, 體型, 機型, 臉型"],
    [-1.5, "chur, 冇心機, 痴線, 黐線, 差過頭, 頂唔住"],
    [-2, "冇水準, 失準, 死貴, 激死, 蝕錢, 冇眼睇, 受唔了"],
    [-2.5, "離晒譜"],
    [3, "唔好走寶"],
    [2, "笑到碌地, 夾大件"],
    [1.5, "睇得過"],
    [-1.5, "走寶"],
    [-2, "悶到瞓著, 睇到瞓著"],
    [-2.5, "冇得救"],
    [-3, "伏中伏"],
  ],
  emoji: [
    [3, "😍, 🥰, 🤩, 😻, 💯"],
    [2.5, "❤, 💖, 💗, 💕, 💞, 💓, 💘, 💝, 😘, 🥳"],
    [2, "👍, 👏, 🙌, 🔥, 😋, 🤤, 💪, 🐂, 🎉, ♥, 🫶, 🥹, 👌, ⭐, 🌟, 🤗"],
    [1.5, "😊, 😄, 😁, 😃, ☺, 😎, ✨, 💐, 🎊, 🙏, 😆, 😀"],
    [1, "🙂, ✅, 🆗, 😌, 😉"],
    [0.3, "😂, 🤣, 😅"],
    [-1, "😐, 😑, 😶, 🥲, 😓, 💸, 🤨, 😬"],
    [-1.5, "😒, 🙄, 😔, 😢, 😩, 😫, 😖, 😣, 😕, 🙁, ☹, 😟, 🤡, ❌, ⚠, 🚫"],
    [-2, "😞, 😤, 😠, 💔, 🤢, 🥵"],
    [-2.5, "👎, 💩, 😡"],
    [-3, "🤬, 🤮"],
    [2, "🏆, 👑, 🥇, 💎, 🔝, 🤘, 🥂, 🎯"],
    [1.5, "😇, 🆒, 💋, 🤝, ✌"],
    [1, "🌈, 🍀, 👊, 🍻, 💥"],
    [0.3, "💀, 🙈, 😹, 🥺, 🤯"],
    [-0.5, "🙃, 🫠, 😱"],
    [-1, "😪, 😴, 😷, 🫤"],
    [-1.5, "🥱, 🤕, 🤒, 😿, 😾, 😰, 😨"],
    [-2, "💢"],
  ],
};

/** Descriptors: attributes with no opinion of their own (or a faint one, the weight); after too / 太 they complain. */
export const DESCRIPTORS: readonly WeightedTerms[] = [
  [1, "soft, 浓, 濃, 轻, 輕"],
  [0, "sweet, strong, spicy, mild, light, thick, big, large, small, long, short, loud, dark, hot"],
  [0, "cold, warm, hard, much, many, tight, loose, heavy, acidic, sugary, fruity, wet"],
  [0, "chewy, smoky, earthy, milky, bright, dim, plain, simple, high, low, 甜, 辣, 大, 小"],
  [0, "正常, 长, 長, 短, 厚, 薄, 硬, 软, 軟, 重, 紧, 緊, 松, 鬆, 稀, 稠, 酸, 烫, 燙, 凉, 涼"],
  [0, "冰, 热, 熱"],
  [0, "浓烈, 濃烈, 多, 少, 高, 低, 亮, 暗, 艳, 艷, 粗, 细, 細, 干, 乾, 甜味, 奶味, 酸味, 久"],
  [-0.3, "thin, tiny, dry, sour, 咸, 鹹, 常规, 常規"],
  [-0.5, "oily, salty, 油, 淡"],
];

/** Intensifiers (factor above 1) and softeners (below 1) of the next word. */
export const INTENSIFIERS: readonly WeightedTerms[] = [
  [1.7, "extremely, incredibly, insanely, utterly, 超级, 超級, 极, 極, 极其, 極其, 极度, 極度"],
  [1.6, "ridiculously, absolutely, fucking, 巨, 无比, 無比, 鬼死咁, 好鬼, 不要太, 狠狠, 死, 嘎嘎"],
  [1.6, "sibei, sibeh, beyond"],
  [1.5, "very, so, super, highly, damn, freaking, fricking, hella, way, too, 超, 太, 非常, 特别"],
  [1.5, "特別, 十分, 贼, 賊, 最, 勁, 鬼咁, 有夠, 爆, 齁, 太过, 太過, 过于, 過於, 非常之, 极之"],
  [1.5, "極之"],
  [1.4, "really, truly, such, 真心, 相当, 相當, 格外, 认真, 認真, 真係, 直頭, 绝对, 絕對, 简直"],
  [1.4, "簡直, seriously, thoroughly"],
  [1.5, "严重, 嚴重"],
  [1.3, "genuinely, entirely, highkey, 完全"],
  [1.5, "是不是太, 係咪太, 系咪太"],
  [1.3, "totally, completely, most, much, 好, 真, 真的, 实在, 實在, 更加, 多么, 多麼, 这么, 這麼"],
  [1.3, "那么, 那麼, 如此, 咁, 这样, 這樣, 确实, 確實, 也太, 真是"],
  [1.2, "quite, pretty, overly, this, that, 很, 挺, 蛮, 蠻, 更, 尤其, 滿, 满"],
  [1.1, "幾"],
  [1, "过, 過, 偏"],
  [0.8, "fairly, 比较, 比較, 还算, 還算"],
  [0.7, "somewhat, kinda, kind of, sort of, sorta, 略显, 略顯"],
  [0.6, "a bit, a little, a little bit, slightly, a tad, mildly, bit, 有点, 有點, 有些, 有一点"],
  [0.6, "有一點, 稍, 稍微, 稍稍, 略, 略微, 略有, 有啲, 少少, 有少少, 有小小"],
  [0.5, "一点点, 一點點"],
];

/** Post-intensifiers: they multiply the word right before them (好吃到爆, 贵了点). */
export const POST_INTENSIFIERS: readonly WeightedTerms[] = [
  [1.7, "极了, 極了, 到爆, 到哭, 得不得了, 到痹, 到震, 到飞起, 到飛起, 到离谱, 到離譜, 到嘔"],
  [1.6, "死了, 爆了, 炸了, 得要命, 透了, 透顶, 透頂, 到不行, 到爛, 到喊, af, asf, as hell"],
  [1.6, "哭了, 哭死, 疯了, 瘋了, 到没朋友, 到沒朋友, 得离谱, 得離譜, 到极致, 到極致, like crazy"],
  [1.5, "严重, 嚴重"],
  [1.3, "得很, 到家, indeed"],
  [0.5, "enough"],
  [0.6, "了一点, 了一點, 了点, 了點, 一点, 一點, 一啲, 咗啲, 咗少少"],
  [0.2, "而已, 罢了, 罷了"],
];

/** After these, a descriptor is a complaint: too sweet, 太甜, 过于浓. */
export const EXCESS_MARKERS = "too, overly, 太, 太过, 太過, 过于, 過於, 过, 過, 偏, 齁, 死";

/** After these, mild praise is a complaint too (too fast, 过于便宜); strong praise (too good) stays praise. */
export const PRAISE_EXCESS_MARKERS = "too, overly, 过于, 過於";

/** Measures: 高 / high after them is praise and 低 / low a complaint (颜值挺高, 性价比不高, quality is high). */
export const MEASURE_NOUNS = [
  "quality, value, rating, ratings, reviews, 颜值, 顏值, 性价比, 性價比, cp值, 质量, 質量, 品质, 品質",
  "评价, 評價, 评分, 評分, 口碑, 满意度, 滿意度, 回购率, 回購率, 效率, 人气, 人氣, 热度, 熱度",
].join(", ");

/** The weights of 高 and 低 after a measure. */
export const MEASURE_WORDS: readonly WeightedTerms[] = [
  [1.5, "high, 高"],
  [-1.5, "low, 低"],
];

/** Intensifiers that point at a degree: they keep a word in a question and make "never … this good" praise. */
// 也太好闻了吧？ exclaims rather than asks.
export const DEMONSTRATIVES =
  "so, such, 这么, 這麼, 那么, 那麼, 如此, 咁, 这样, 這樣, 也太, 是不是太, 係咪太, 系咪太";

/** Degree words that make "never … this good" praise, but, unlike so / 这么, leave a question a question (is this good?). */
export const DEGREE_POINTERS = "this, that";

/** Negators flip the next opinion word of their clause. */
export const NEGATORS = [
  "not, no, never, none, nobody, nor, neither, without, hardly, barely, rarely, cannot",
  "non, no longer, don't, doesn't, didn't, isn't, wasn't, aren't, weren't, won't, wouldn't, can't",
  "couldn't, shouldn't, haven't, hasn't, hadn't, ain't",
  "不, 没, 沒, 没有, 沒有, 未, 无, 無, 不是, 并不, 並不, 从不, 從不, 从来不, 從來不, 毫不",
  "从没, 從沒, 从来没有, 從來沒有, 一点也不, 一點也不, 一点都不, 一點都不, 不太, 不怎么",
  "不怎麼, 不会, 不會, 不够, 不夠, 不再, 绝不, 絕不, 决不, 決不, 唔, 冇, 唔係, 唔太, 未必",
  "一啲都唔, 一d都唔, 完全唔, 完全不, 完全没有, 完全沒有, 并没有, 並沒有",
].join(", ");

/** Negators that say "again": left with nothing to negate (再也不會來了, 不会再买) they mean "never again". */
export const AGAIN_NEGATORS = [
  "再也不, 再也不会, 再也不會, 再也没, 再也沒, 再也没有, 再也沒有, 再也唔, 再也冇",
  "不会再, 不會再, 唔会再, 唔會再, 不再会, 不再會, 以后不会再, 以後不會再",
].join(", ");

/** Hedging negators: the complaint they negate is only lukewarm praise (不算难吃, not exactly bad). */
export const HEDGED_NEGATORS = [
  "不算, 唔算, 算不上, 谈不上, 談不上, 称不上, 稱不上, 说不上, 說不上, 也不算, 还不算, 還不算",
  "not exactly, not particularly, not especially",
].join(", ");

/** "Not much" negators: the praise they negate is only a lukewarm complaint (没什么亮点, 冇咩驚喜). */
export const FAINT_NEGATORS =
  "nothing, 没什么, 沒什麼, 没啥, 沒啥, 没有什么, 沒有什麼, 冇咩, 冇乜, 冇乜嘢, 冇什麼, 没多大, 沒多大";

/** Waiting: with a length of time in the same clause it is a complaint (waited 40 minutes, 等了两个礼拜). */
export const WAIT_WORDS = [
  "wait, waited, waiting, queue, queued, queueing, queuing, 等, 等了, 等咗, 等到, 等位",
  "等候, 排队, 排隊, 排了, 排咗, 候了",
].join(", ");

/** Lengths of time, for a wait. */
export const DURATIONS = [
  "forever, ages, eternity, a while, long, half an hour, for hours, for days, for weeks, for months",
  "久, 好久, 耐, 好耐, 半天, 老半天, 天荒地老, 一阵, 一陣, 个钟, 個鐘",
].join(", ");

/** Units of time: a length of time only after a count (45 minutes, 两个礼拜, 成個鐘), not in 周末 or 週年. */
export const TIME_UNITS = [
  "minutes, minute, mins, min, hours, hour, hrs, hr, days, day, weeks, week, months, month",
  "分钟, 分鐘, 小时, 小時, 钟头, 鐘頭, 钟, 鐘, 天, 日, 星期, 礼拜, 禮拜, 周, 週, 个月, 個月, 月",
].join(", ");

/** Counts before a unit of time. */
export const COUNTS =
  "a, an, few, several, couple, 一, 二, 三, 四, 五, 六, 七, 八, 九, 十, 两, 兩, 半, 几, 幾, 多, 成, 个, 個";

/** Verbs of the senses: "like" after them compares (tastes like plastic) and does not mean "love". */
export const SIMILE_VERBS = [
  "looks, look, looked, tastes, taste, tasted, smells, smell, smelled, smelt, feels, feel, felt",
  "seems, seem, seemed, sounds, sound, sounded",
].join(", ");

/** Distinctive qualities: without them a thing is ordinary, not bad (没有惊喜, nothing fancy). */
export const DISTINCTIVE = [
  "special, fancy, memorable, remarkable, standout, exciting, wow factor, 惊喜, 驚喜, 亮点, 亮點",
  "记忆点, 記憶點, 特色, 新意, 惊艳, 驚艷, 出彩, 亮眼, 突出",
].join(", ");

/** "Only now" (而家先, 现在才): lateness, like "not sooner" (點解我而家先識呢間？). */
export const LATE_WORDS =
  "only now, 而家先, 宜家先, 依家先, 现在才, 現在才, 今天才, 今日先, 到现在才, 到現在才";

/** "Other" brands: "never again" with them is loyalty, not a complaint (以後唔會再用其他牌子). */
export const OTHERS =
  "other, another, others, 其他, 其它, 别的, 別的, 别家, 別家, 第二间, 第二間, 其他牌子";

/**
 * "Sooner": with a negator and a verb of finding or buying, in a why-question or a regret, praise (why didn't
 * I buy it sooner, 后悔没早点买); "why didn't you ship it sooner" stays a complaint.
 */
export const SOONER_WORDS =
  "sooner, earlier, 早点, 早點, 早些, 早一点, 早一點, 早啲, 早d, 早点儿, 早點兒";

/** Regret words, which with "not … sooner" are praise. */
export const REGRETS = "regret, regrets, 后悔, 後悔, 恨不得";

/** Verbs of finding or buying, for "not sooner". */
export const DISCOVERY_VERBS = [
  "find, found, discover, discovered, try, tried, buy, bought, order, ordered, switch, switched",
  "发现, 發現, 遇到, 遇见, 遇見, 买, 買, 入手, 试, 試, 认识, 認識, 识, 識, 接触, 接觸, 用",
].join(", ");

/** Summaries: what follows them is the writer's verdict and decides the comment (so overall it's just okay). */
export const VERDICTS = [
  "overall, all in all, in the end, at the end of the day, to sum up, in short, on the whole",
  "总的来说, 總的來說, 总之, 總之, 总体来说, 總體來說, 整体来说, 整體來說, 总体而言, 總體而言",
  "整体而言, 整體而言, 总括, 總括, 總括而言, 综合来看, 綜合來看, 总结, 總結, 整体, 整體, 总体, 總體",
  "见仁见智, 見仁見智, 因人而异, 因人而異, 看个人需求, 看個人需求, 看个人喜好, 看個人喜好, it depends",
  "matter of taste, a matter of taste, your mileage may vary, ymmv",
].join(", ");

/** Contrast words: what follows them weighs more than what came before. */
export const CONTRASTS = [
  "but, however, yet, except, though, that said, nonetheless, nevertheless, on the other hand",
  "otherwise, 但, 但是, 可是, 不过, 不過, 然而, 只是, 只不过, 只不過, 反而, 偏偏, 但係, 之但係",
  "谁知, 誰知, 可惜的是, 可惜, 倒是, unfortunately, sadly",
].join(", ");

/** Contrast words only at the start of a clause: 期待很久，结果很失望. */
export const CLAUSE_INITIAL_CONTRASTS = "结果, 結果";

/**
 * Concessions: the words after them, to the clause's end, weigh less (although, 虽然, 唯一的缺点). "though"
 * concedes, or, at the end of a clause, contrasts that clause with what came before.
 */
export const CONCESSIONS = [
  "although, though, even though, despite, only downside, the only downside, only complaint",
  "only issue, only problem, only thing, minor issue, minor complaint, 虽然, 雖然, 虽说, 雖說",
  "尽管, 儘管, 虽, 雖, 雖則, 就是, 唯一的缺点, 唯一的缺點, 唯一缺点, 唯一缺點, 美中不足",
].join(", ");

/** Standards of comparison: "not as good as expected" stays negative even with 这么 / so. */
export const COMPARISONS = [
  "expected, advertised, described, pictured, imagined, promised, hyped",
  "想像中, 想象中, 预期, 預期, 期待中, 期望, 宣传, 宣傳, 说的, 說的, 图片, 圖片, 描述, 讲到, 講到",
  "说得, 說得, 吹的, 吹得, 传说中, 傳說中, 广告说的, 廣告說的, 网上说的, 網上說的",
].join(", ");

/** Words that make a clause a question wherever they stand. */
export const QUESTION_MARKERS = [
  "how much, how long, anyone know, does anyone, anybody know, anyone tried, is it worth",
  "where can i, where to buy, wondering, i wonder, quick question, 请问, 請問, 想问, 想問, 问下",
  "問下, 问一下, 問一下, 求问, 求問, 请教, 請教, 有冇, 有無, 是否, 能否, 可否, 会否, 會否",
  "多少钱, 多少錢, 几钱, 幾錢, 幾多錢, 几多钱, 怎么样, 怎麼樣, 如何, 哪里, 哪裡, 哪裏, 哪儿",
  "哪兒, 在哪, 边度, 邊度, 點樣, 点样, 係咪, 系咪, 什么时候, 什麼時候, 几时, 幾時, 有人知道",
  "有谁, 有誰, 求推荐, 求推薦, 多久, 幾耐, 几点, 幾點, 几号, 幾號, 哪个, 哪個, 哪款, 边个, 邊個, 边间, 邊間",
].join(", ");

/** "Why" words: their questions complain or praise (为什么这么慢？ 點解咁耐都未到？), so their opinion words count. */
export const RHETORICAL_MARKERS = [
  "why, how come, 为什么, 為什麼, 为啥, 為啥, 點解, 点解, 怎么会, 怎麼會, 凭什么, 憑什麼",
  // Asking others to agree (who else loves it?) and scoffing (you call that a burger?) judge too.
  "who else, anyone else, am i the only one, is it just me, 和我一样, 跟我一样, 同我一样, 和我一樣",
  "跟我一樣, 同我一樣, 有没有人也, 有沒有人也, 谁懂, 誰懂, you call this, you call that",
  "can we talk about, let's talk about, are you serious, are you kidding, is this a joke",
  "认真的吗, 認真的嗎, 开玩笑吗, 開玩笑嗎, 个寂寞, 個寂寞",
  "who approved this, who thought this was a good idea, 这也叫, 這也叫, 这也算, 這也算, 这也配叫, 這也配叫",
].join(", ");

/** Sentence-final particles that make a clause a question. */
export const QUESTION_PARTICLES = "吗, 嗎, 咩, 伐";

/** Words an intensifier reaches past: "such a good", 非常的好. */
export const FILLERS = "a, an, the, 的, 地, 是, 也, 都, 又, 就, 还, 還";
