interface Props {
  /** Input ids are `${idPrefix}-${value}`; the first one is where an error links. */
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A small radio group in the question pages' style (large targets), for the staff forms. */
export function RadioGroup({ idPrefix, name, legend, hint, options, value, error, onChange }: Props) {
  const describedBy = [hint && `${idPrefix}-hint`, error && `${idPrefix}-error`].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy || undefined}>
        <legend className="fieldset-legend label">{legend}</legend>
        {hint && (
          <p className="hint" id={`${idPrefix}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="error-message" id={`${idPrefix}-error`}>
            {error}
          </p>
        )}
        <div className="choices choices-radio choices-compact">
          {options.map((option) => (
            <div className="choice" key={option.value}>
              <input
                className="choice-input"
                id={`${idPrefix}-${option.value}`}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option.value)}
              />
              <label className="choice-label" htmlFor={`${idPrefix}-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
