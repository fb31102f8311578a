import type { FormRule } from 'antd';

/** A form rule: the field must equal the field `other` (a password typed twice). */
export function sameAs(other: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value) => (!value || getFieldValue(other) === value ? Promise.resolve() : Promise.reject(new Error(message))),
  });
}
