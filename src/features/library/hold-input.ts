export interface HoldInput {
  pickupBranch: string;
  cardNumber: string;
  pin: string;
}

/** Which fields would make the library turn the hold away; checked before anything is encrypted or queued. */
export function holdProblems(input: HoldInput): Partial<Record<'cardNumber' | 'pin', true>> {
  const card = input.cardNumber.normalize('NFKC').trim();
  return {
    ...(/^\d{4,20}$/.test(card) ? {} : { cardNumber: true }),
    ...(input.pin.length >= 1 && input.pin.length <= 16 ? {} : { pin: true }),
  };
}
