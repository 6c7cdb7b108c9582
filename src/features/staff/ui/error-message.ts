import type { ApiFailure } from '../api/http';
import type { StaffText } from './staff-text';

/** Every failure of the staff API in words: what happened and what to do, never a bare status. */
export function errorMessage({ t }: StaffText, failure: ApiFailure): string {
  if (failure.kind === 'network') return t('errors.network');
  switch (failure.code) {
    case 'invalid_credentials':
      return t('errors.invalidCredentials');
    case 'rate_limited':
      // The server says when the next attempt counts; a minute is its window otherwise.
      return t('errors.rateLimited', { seconds: failure.retryAfterS ?? 60 });
    case 'unauthorized':
      return t('errors.unauthorized');
    case 'forbidden':
      return t('errors.adminOnly');
    case 'shelter_only':
      return t('errors.shelterOnly');
    case 'csrf_failed':
    case 'bad_origin':
      return t('errors.badOrigin');
    case 'not_found':
      return t('errors.notFound');
    case 'unknown_kiosk':
      return t('errors.unknownKiosk');
    case 'undo_too_late':
      return t('errors.undoTooLate');
    case 'undo_not_yours':
      return t('errors.undoNotYours');
    case 'invalid_expiry':
      return t('errors.invalidExpiry');
    case 'no_pack':
      return t('errors.noPack');
    case 'unknown_form':
      return t('errors.unknownForm');
    case 'qr_key_missing':
      return t('errors.qrKeyMissing');
    case 'qr_key_mismatch':
      return t('errors.qrKeyMismatch');
    case 'qr_refused':
      return t('errors.qrRefused');
    case 'expiry_too_far':
      return t('errors.expiryTooFar');
    case 'too_many_notices':
      return t('errors.tooManyNotices');
    case 'emergency_not_allowed':
      return t('errors.emergencyNotAllowed');
    case 'emergency_withdraw_not_allowed':
      return t('errors.emergencyWithdrawNotAllowed');
    case 'invalid_request':
    case 'bad_request':
      return t('errors.invalidRequest');
    default:
      return t('errors.server', { status: failure.status });
  }
}
