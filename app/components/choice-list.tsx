import { useTranslation } from 'react-i18next';
import type { Question } from '../../rules/index.ts';
import { optionKey } from '../i18n/keys.ts';
import { Bilingual } from '../languages/bilingual.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';
import { NONE_VALUE, inputId, isChosen, isNoneChosen, toggleMulti, type Selection } from '../journey/selection.ts';

interface Props {
  question: Question;
  selection: Selection;
  onChange: (next: Selection) => void;
  invalid?: boolean;
}

/** Radios (single) or checkboxes with an exclusive "None of these" (multi), as large touch targets. */
export function ChoiceList({ question, selection, onChange, invalid = false }: Props) {
  const { t } = useTranslation('questions');
  // Interpreter view: each label shows both languages; the input's name and value never change.
  const client = useClientTranslation('questions');
  const multi = question.kind === 'multi';
  const type = multi ? 'checkbox' : 'radio';

  const choice = (option: string, checked: boolean, onToggle: (checked: boolean) => void) => {
    const id = inputId(question.id, option);
    return (
      <div className="choice" key={option}>
        <input
          className="choice-input"
          id={id}
          type={type}
          name={question.id}
          value={option}
          checked={checked}
          aria-invalid={invalid || undefined}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <label className="choice-label" htmlFor={id}>
          <Bilingual worker={t(optionKey(question.id, option))} client={client && { text: client.t(optionKey(question.id, option)), lng: client.lng }} />
        </label>
      </div>
    );
  };

  return (
    <div className={`choices choices-${type}`}>
      {question.options.map((option) =>
        choice(option, isChosen(selection, option), (checked) =>
          onChange(multi ? toggleMulti(selection, option, checked) : option),
        ),
      )}
      {multi && (
        <>
          <p className="choices-divider" aria-hidden="true">
            {t('question.or', { ns: 'common' })}
          </p>
          {choice(NONE_VALUE, isNoneChosen(selection), (checked) => onChange(toggleMulti(selection, NONE_VALUE, checked)))}
        </>
      )}
    </div>
  );
}
