import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getQuestion, nationOf } from '../../rules/index.ts';
import { ChoiceList } from '../components/choice-list.tsx';
import { InterpreterBriefing } from '../components/interpreter-briefing.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { questionKey } from '../i18n/keys.ts';
import { LanguageSettings } from '../languages/language-settings.tsx';
import type { Selection } from '../journey/selection.ts';
import { useJourney } from '../journey/use-journey.ts';
import { useSiteSettings } from '../settings/site-settings-context.ts';
import { StaffEntry } from '../settings/staff-entry.tsx';

const NATION = getQuestion('q_nation');

/** What Waymark does and does not do, the nation (the q_nation question), privacy, and Start. */
export function StartScreen() {
  const { t } = useTranslation(['common', 'questions']);
  const journey = useJourney();
  const settings = useSiteSettings();
  const [nation, setNation] = useState<Selection>(journey.answers.q_nation ?? nationOf({ q_nation: settings.nation }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    journey.answer('q_nation', nation ?? nationOf({}));
  };

  return (
    <main id="main" className="screen" data-screen="start">
      <ScreenHeading documentTitle={t('app.documentTitle')} className="heading-xl">
        {t('start.title')}
      </ScreenHeading>
      <p className="lead">{t('start.intro')}</p>
      <section className="inset" aria-labelledby="start-does">
        <h2 id="start-does" className="heading-s">
          {t('start.doesTitle')}
        </h2>
        <ul className="list-bullet">
          <li>{t('start.does')}</li>
          <li>{t('start.doesNot')}</li>
          <li>
            <strong>{t('start.noAdvice')}</strong>
          </li>
        </ul>
      </section>
      {/* Outside the q_nation form: choosing a language never submits the start. */}
      <LanguageSettings titleId="start-languages" />
      <form data-question-id="q_nation" onSubmit={submit} noValidate>
        <fieldset className="fieldset" aria-describedby="q_nation-hint">
          <legend className="fieldset-legend">
            <h2 className="heading-m">{t(questionKey('q_nation', 'text'), { ns: 'questions' })}</h2>
          </legend>
          <p className="hint" id="q_nation-hint">
            {t(questionKey('q_nation', 'why'), { ns: 'questions' })}
          </p>
          <ChoiceList question={NATION} selection={nation} onChange={setNation} />
        </fieldset>
        <h2 className="heading-s">{t('start.privacyTitle')}</h2>
        <p>{t('start.privacy', { minutes: settings.idleMinutes })}</p>
        <InterpreterBriefing />
        <button type="submit" className="button button-start" data-action="continue">
          {t('start.continue')}
        </button>
      </form>
      <StaffEntry />
    </main>
  );
}
