/** Turns checked content items into the data modules the app imports. */
import type { ItemBody, ItemSummary, RecallParts, SearchDoc } from '../src/domain/content/item.ts'
import type { ParsedItem } from '../src/domain/content/parse-item-source.ts'
import { parseDiagramFile } from '../src/domain/diagram/diagram-file.ts'
import type { DiagramDoc } from '../src/domain/diagram/model.ts'
import { topicIds, type TopicId } from '../src/domain/content/topics.ts'
import {
  firstParagraphText,
  markdownToText,
  renderInlineMarkdown,
  renderMarkdown,
} from './render-markdown.ts'

export interface CompiledBank {
  summaries: ItemSummary[]
  searchDocs: SearchDoc[]
  bodiesByTopic: Map<TopicId, Record<string, ItemBody>>
  countsByTopic: Record<TopicId, number>
}

/** Sections that are data (choices, diagrams, code), not prose to search. */
const unsearchedSections = new Set([
  'Choices',
  'Reference diagram',
  'Starter',
  'Tests',
  'Solution',
  'Schema',
  'Check',
  'Sources',
])

/** A design's sections that are not prose shown in order: each has its own place on the page. */
const designSectionsShownApart = new Set(['Rubric', 'Reference diagram', 'Key points', 'Sources'])

const difficultyOrder = { junior: 0, mid: 1, senior: 2 } as const

export function compileBank(items: ParsedItem[]): CompiledBank {
  const topicOrder = new Map<string, number>(topicIds.map((t, i) => [t, i]))
  const sorted = [...items].sort(
    (a, b) =>
      (topicOrder.get(a.frontMatter.topic) ?? 0) - (topicOrder.get(b.frontMatter.topic) ?? 0) ||
      difficultyOrder[a.frontMatter.difficulty] - difficultyOrder[b.frontMatter.difficulty] ||
      a.frontMatter.id.localeCompare(b.frontMatter.id),
  )

  const summaries: ItemSummary[] = []
  const searchDocs: SearchDoc[] = []
  const bodiesByTopic = new Map<TopicId, Record<string, ItemBody>>(topicIds.map((t) => [t, {}]))
  const countsByTopic = Object.fromEntries(topicIds.map((t) => [t, 0])) as Record<TopicId, number>

  for (const item of sorted) {
    const { id, type, topic, difficulty, tags } = item.frontMatter
    const firstParagraph = firstParagraphText(item.prompt.markdown)
    // An exercise's prompt opens with the task and goes on with its contract: its first sentence is the title.
    const title = item.exercise
      ? (/^.+?[.?!](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph)
      : firstParagraph
    summaries.push({
      id,
      type,
      topic,
      difficulty,
      tags,
      title,
      ...(item.exercise ? { language: item.exercise.language } : {}),
    })
    countsByTopic[topic] += 1

    const sectionText = [...item.sections.entries()]
      .filter(([name]) => !unsearchedSections.has(name))
      .map(([, part]) => markdownToText(part.markdown))
    const choiceText = item.choices.map((c) => markdownToText(c.text.markdown))
    // The title is indexed on its own; the body starts after it, so snippets do not repeat it.
    const promptText = markdownToText(item.prompt.markdown)
    const promptRest = promptText.startsWith(title) ? promptText.slice(title.length).trim() : promptText
    searchDocs.push({
      id,
      title,
      tags,
      body: [promptRest, ...sectionText, ...choiceText].filter((t) => t !== '').join('\n'),
    })

    const bodies = bodiesByTopic.get(topic)
    if (bodies) bodies[id] = renderBody(item)
  }
  return { summaries, searchDocs, bodiesByTopic, countsByTopic }
}

function renderBody(item: ParsedItem): ItemBody {
  const promptHtml = renderMarkdown(item.prompt.markdown)
  const section = (name: string) => renderMarkdown(item.sections.get(name)?.markdown ?? '')
  const recall: RecallParts = {
    keyPointsHtml: item.keyPoints.map((k) => renderInlineMarkdown(k.markdown)),
    sourcesHtml: item.sources.map((s) => renderInlineMarkdown(s.markdown)),
  }
  const { type } = item.frontMatter
  switch (type) {
    case 'card':
      return { type, promptHtml, answerHtml: section('Answer'), ...recall }
    case 'mcq':
      return {
        type,
        promptHtml,
        choices: item.choices.map((c) => ({
          html: renderInlineMarkdown(c.text.markdown),
          correct: c.correct,
          explanationHtml: renderMarkdown(c.explanation.markdown),
        })),
        explanationHtml: section('Explanation'),
        ...recall,
      }
    case 'design':
      return {
        type,
        promptHtml,
        ...recall,
        sections: [...item.sections.entries()]
          .filter(([title]) => !designSectionsShownApart.has(title))
          .map(([title, part]) => ({ title, html: renderMarkdown(part.markdown) })),
        rubric: item.rubric.map((r) => ({
          html: renderInlineMarkdown(r.text),
          check: r.check,
          checkSource: r.checkSource,
        })),
        referenceDiagram: item.referenceDiagram ? referenceDiagramOf(item) : null,
      }
    case 'code':
    case 'sql': {
      const { exercise } = item
      if (!exercise) throw new Error(`${item.path}: the exercise was not parsed`)
      return {
        type,
        promptHtml,
        exercise,
        schemaHtml: type === 'sql' ? section('Schema') : '',
        discussionHtml: item.sections.has('Discussion') ? section('Discussion') : '',
      }
    }
  }
}

/** The reference diagram of a design item, checked by the build before it gets here. */
function referenceDiagramOf(item: ParsedItem): DiagramDoc | null {
  const parsed = parseDiagramFile(JSON.stringify(item.referenceDiagram?.json))
  return parsed.ok ? parsed.doc : null
}
