/**
 * A library hold (予約) is a submission of this form: the library card number and PIN
 * encrypted to the library's key like any form's answers, and the book and pickup branch
 * in the clear (`clear` of PUT /api/submissions/:id) so staff can pull the book first.
 */
export const LIBRARY_HOLD_FORM_ID = 'library-hold';

export interface LibraryHoldClearFields {
  recordId: string;
  pickupBranch: string;
  /** Index signature: the outbox carries clear fields as a plain string record. */
  [field: string]: string;
}
