/**
 * A record title for an occasion, in the article's language: "Visit of X to Y", "Reception of X
 * by Y", "4th Joint Commission on …", "Signing ceremony – X and Y".
 */
import type { Ceremony } from "./event-triggers";
import { rankedSides, sideName, type OccasionInput } from "./occasion-context";
import type { EntitySuggestion, EventSuggestion } from "./types";

// The rest of a body's name after the ordinal: capitalised words, "on"/"de" and lowercase
// French adjectives of committees, then an acronym in brackets.
const NAME_TAIL =
  /^(?:\s+(?:de coordination|de coopération|\p{Lu}[\p{L}'’-]*|on|of|for|and|de|du|des|la|le|d['’]\p{Lu}[\p{L}-]*|intergouvernementa\p{L}*|mixtes?|conjointe?s?|bilatéra\p{L}*|permanente?s?))*(?:\s*\(\p{Lu}{2,10}\))?/u;

const EN: Record<string, string> = {
  meeting: "Meeting between",
  talks: "Talks between",
  conference: "Conference",
  joint_committee: "Joint committee session",
  signing: "Signing ceremony",
  inauguration: "Inauguration ceremony",
  handover: "Handover ceremony",
  groundbreaking: "Groundbreaking ceremony",
  any: "Ceremony",
};
const FR: Record<string, string> = {
  meeting: "Réunion entre",
  talks: "Entretien entre",
  conference: "Conférence",
  joint_committee: "Session du comité",
  signing: "Cérémonie de signature",
  inauguration: "Cérémonie d'inauguration",
  handover: "Cérémonie de remise",
  groundbreaking: "Mise en chantier",
  any: "Cérémonie",
};

function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function eventTitle(
  input: OccasionInput,
  event: EventSuggestion,
  ceremony: Ceremony | undefined,
  entities: EntitySuggestion[],
): string {
  const fr = input.language === "fr";
  const words = fr ? FR : EN;
  const person = (role: string) => event.participants.find((p) => p.role === role)?.name;
  const name = (code?: string) => (code ? sideName(input, code) : undefined);
  const visitor = person("visitor") ?? name(event.visitor);
  const host = person("host") ?? name(event.host);
  const ranked = rankedSides(input).slice(0, 2);
  const people = entities.filter((e) => e.type === "person").map((e) => e.text);
  const [a, b] =
    people.length >= 2 ? people : [event.host ?? ranked[0], event.visitor ?? ranked[1]].map((c) => name(c));
  const pair = a && b ? `${a} ${fr ? "et" : "and"} ${b}` : (a ?? "");
  const trigger = event.trigger.text.replace(/^(?:the|a|an|la|le|une|at|during|in|to|lors de)\s+/iu, "");
  switch (event.eventKind) {
    case "visit":
      return fr ? `Visite de ${visitor ?? "?"} – ${host ?? "?"}` : `Visit of ${visitor ?? "?"} to ${host ?? "?"}`;
    case "reception":
      return fr
        ? `Réception de ${visitor ?? "?"} par ${host ?? "?"}`
        : `Reception of ${visitor ?? "?"} by ${host ?? "?"}`;
    case "joint_committee":
    case "conference":
    case "meeting": {
      // "4th Joint Commission on Bilateral Cooperation (JCBC)": the body's own name.
      if (/^\d|^(?:first|second|third|fourth|fifth|première|deuxième|troisième|quatrième|cinquième)/iu.test(trigger)) {
        const tail = NAME_TAIL.exec(input.text.slice(event.trigger.end, event.trigger.end + 160))?.[0] ?? "";
        return titleCase(`${trigger}${tail}`.trim());
      }
      const head = words[event.eventKind]!;
      return pair ? `${head} ${pair}` : head.replace(/ (?:between|entre)$/u, "");
    }
    case "talks":
      return pair ? `${words.talks} ${pair}` : words.talks!.replace(/ (?:between|entre)$/u, "");
    default: {
      const head = words[ceremony ?? "signing"] ?? words.any!;
      return pair ? `${head} – ${pair}` : head;
    }
  }
}
