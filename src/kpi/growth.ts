/** Growth by word of mouth: the viral factor and the compound growth of a user series. */

/** Viral (K) factor = invitations per user × conversion rate of an invitation. */
export function kFactor(invitesPerUser: number, inviteConversion: number): number {
  return invitesPerUser * inviteConversion;
}

/** Compound growth per period = (last / first)^(1 / periods) − 1: 100 → 200 → 400 is 1 (100 %). */
export function periodGrowth(first: number, last: number, periods: number): number {
  const ratio = last / first;
  if (Number.isFinite(ratio) && (ratio > 0 || last === 0)) return Math.pow(ratio, 1 / periods) - 1;
  // The ratio itself overflowed or underflowed; its logarithm did not.
  return Math.exp((Math.log(last) - Math.log(first)) / periods) - 1;
}
