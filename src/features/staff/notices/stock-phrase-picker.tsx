import { useStaffText } from '../ui/staff-text';
import { stockPhrases, type StockPhrase } from './stock-phrases';

/**
 * In an emergency staff pick, not type: each button adds one official announcement
 * (津波警報, 避難指示…) to the notice in every language at once.
 */
export function StockPhrasePicker({ onPick }: { onPick: (phrase: StockPhrase) => void }) {
  const { t } = useStaffText();
  return (
    <fieldset class="staff-notice-stock stack" aria-describedby="staff-notice-stock-help">
      <legend>{t('notices.stockPhrases')}</legend>
      <p id="staff-notice-stock-help" class="staff-meta">{t('notices.stockHint')}</p>
      <div class="cluster">
        {stockPhrases.map((phrase) => (
          <button key={phrase.id} type="button" class="button" data-phrase={phrase.id} onClick={() => onPick(phrase)}>
            {t(`notices.stockNames.${phrase.id}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
