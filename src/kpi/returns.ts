/** What the campaign returned against what it cost: ROI, ROAS and the cost ratios. */

/** ROI = (return − cost) / cost, as a fraction (23 means 2300 %). */
export function roi(gain: number, cost: number): number {
  return (gain - cost) / cost;
}

/** ROAS = revenue / ad spend: 5 means 5 back per 1 spent (where ROI would say (5 − 1) / 1 = 4). */
export function roas(revenue: number, adSpend: number): number {
  return revenue / adSpend;
}

/** Marketing cost ratio = marketing spend / revenue, as a fraction (Xiaomi under 0.01, others 0.05). */
export function costRatio(spend: number, revenue: number): number {
  return spend / revenue;
}

/** Acquisition-to-retention cost ratio = cost to win one customer / cost to keep one (the "5:1 rule"). */
export function acquisitionRetentionRatio(acquisitionCost: number, retentionCost: number): number {
  return acquisitionCost / retentionCost;
}

/** Staff cost = hours × hourly rate, added to fees and samples wherever a cost is used. */
export function staffCost(hours: number, hourlyRate: number): number {
  return hours * hourlyRate;
}
