import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { userCreateSchema } from "./schema";

// zxcvbn-ts scores 0 (guessed at once) to 4; 3 is "safely unguessable" against an offline attack
// on a slow hash. Its dictionaries (common passwords, names, words) are a few MB, so the check
// runs on the server only and the form shows its reason beside the field.
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
function strength() {
  checker ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return checker;
}

/**
 * Why a password is too easy to guess (a common or breached password, a repeated or keyboard
 * pattern, the account's own email or name), or null when it is strong enough.
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const result = strength().check(password, userInputs);
  if (result.score >= MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `Too easy to guess.${why ? ` ${why}` : ""} A few unrelated words make a strong password.`;
}

/** A new account as the server takes it: the form's schema, plus a password that is hard to guess. */
export const newAccountSchema = userCreateSchema.superRefine((account, context) => {
  const weakness = passwordWeakness(account.password, [account.email, account.name, ...account.email.split(/[@.]/)]);
  if (weakness) context.addIssue({ code: "custom", path: ["password"], message: weakness });
});
