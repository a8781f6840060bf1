import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './language-picker.tsx';
import { useLanguages } from './languages-context.ts';

/** Both language choices, chosen separately: on the start screen and in the header's dialog. */
export function LanguageSettings({ titleId }: { titleId: string }) {
  const { t } = useTranslation();
  const languages = useLanguages();
  return (
    <section className="language-settings" aria-labelledby={titleId} data-language-settings="">
      <h2 id={titleId} className="heading-m">
        {t('languages.title')}
      </h2>
      <p>{t('languages.intro')}</p>
      <div className="language-pickers">
        <LanguagePicker which="worker" title={t('languages.worker.title')} hint={t('languages.worker.hint')} current={languages.worker} onChoose={(lng) => languages.setWorker(lng ?? languages.worker)} />
        <LanguagePicker which="client" title={t('languages.client.title')} hint={t('languages.client.hint')} current={languages.chosenClient} onChoose={languages.setClient} />
      </div>
    </section>
  );
}
