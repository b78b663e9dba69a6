import { useState } from 'react';
import { Field, Flex, Tag, TextInput } from '@strapi/design-system';
import { Cross } from '@strapi/icons';

/** The tags as Strapi stores them (a JSON list of strings), whatever else the field holds. */
const asList = (value) => (Array.isArray(value) ? value.filter((t) => typeof t === 'string') : []);

/**
 * A story's tags as a list an editor reads and edits (issue 17): each tag a chip with a button to
 * remove it, and a box where a tag is typed and added with Enter or a comma. The value stays the
 * JSON list of strings the portal reads, so nothing else changes. The props are those the content
 * manager gives a custom field: its own, and useField's value, onChange and error.
 */
export const TagsInput = ({ name, label, hint, required, disabled, value, onChange, error }) => {
  const tags = asList(value);
  const [draft, setDraft] = useState('');
  const add = () => {
    const next = draft
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !tags.includes(t));
    if (next.length > 0) onChange(name, [...tags, ...next]);
    setDraft('');
  };
  const remove = (tag) => onChange(name, tags.filter((t) => t !== tag));
  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Field.Label>{label}</Field.Label>
      <Flex gap={2} wrap="wrap" paddingBottom={2} role="list" aria-label={label}>
        {tags.map((tag) => (
          <Tag
            key={tag}
            role="listitem"
            icon={<Cross aria-hidden />}
            label={`Bỏ thẻ ${tag}`}
            disabled={disabled}
            onClick={() => remove(tag)}
          >
            {tag}
          </Tag>
        ))}
      </Flex>
      <TextInput
        name={`${name}-new`}
        aria-label="Thêm thẻ"
        placeholder="Gõ thẻ rồi nhấn Enter"
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
