import { useEffect, useMemo, useState } from 'react'
import { Link, useParams, useSearch } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { BankHtml } from '../../components/bank-html'
import { ItemMeta } from '../../components/item-meta'
import { KeyPoints, Sources } from '../../components/key-points'
import { recordItemView } from '../../db/item-views'
import { isRecallBody, type ItemBody, type ItemSummary } from '../../domain/content/item'
import { loadItemBody } from '../../lib/bank-content'
import { reloadPage } from '../../lib/page'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useShortcuts } from '../../lib/use-shortcuts'
import { parseBankQuery } from './bank-query'
import { BookmarkButton } from './bookmark-button'
import { ItemPager } from './item-pager'
import { McqChoices } from './mcq-choices'
import { NoteEditor } from './note-editor'
import { NextUnopened } from './next-unopened-redirect'
import { useBankRows } from './use-bank-rows'
import './bank.css'

const byId = new Map(summaries.map((s) => [s.id, s]))

export function ItemScreen() {
  const { id = '' } = useParams<{ id: string }>()
  return id === 'next' ? <NextUnopened /> : <ItemById id={id} />
}

function ItemById({ id }: { id: string }) {
  const summary = byId.get(id)
  useDocumentTitle(summary ? summary.title : 'Question not found')
  if (!summary) {
    return (
      <div className="empty">
        <h1>Question not found</h1>
        <p>There is no question with the id “{id}”. It may have been renamed.</p>
        <Link href="/bank" className="button">
          Back to the question bank
        </Link>
      </div>
    )
  }
  return <Item key={summary.id} summary={summary} />
}

function Item({ summary }: { summary: ItemSummary }) {
  const search = useSearch()
  const listSearch = search ? `?${search}` : ''
  const query = useMemo(() => parseBankQuery(search), [search])
  const { rows } = useBankRows(query)
  const [body, setBody] = useState<ItemBody | null | 'error'>(null)
  const [revealed, setRevealed] = useState(false)

  useEffect(() => {
    let live = true
    loadItemBody(summary.id).then(
      (b) => live && setBody(b ?? 'error'),
      () => live && setBody('error'),
    )
    void recordItemView(summary.id, summary.title, summary.topic).catch(() => undefined)
    return () => {
      live = false
    }
  }, [summary])

  useShortcuts({ ' ': () => setRevealed(true) })

  return (
    <article className="item" aria-labelledby="item-title">
      <div className="item-top">
        <Link href={`/bank${listSearch}`} className="back-link">
          ← All questions
        </Link>
        <ItemPager itemId={summary.id} rows={rows} listSearch={listSearch} />
      </div>
      <header className="item-header">
        <ItemMeta item={summary} />
        {summary.tags.length > 0 ? (
          <ul className="tag-list" aria-label="Tags">
            {summary.tags.map((t) => (
              <li key={t}>
                <Link href={`/bank?tag=${encodeURIComponent(t)}`}>#{t}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <h1 id="item-title" className="visually-hidden">
        {summary.title}
      </h1>
      {body === null ? (
        <p className="muted">Loading…</p>
      ) : body === 'error' ? (
        <div className="error-box" role="alert">
          This question could not be loaded.{' '}
          <button type="button" className="button-link" onClick={reloadPage}>
            Reload
          </button>
        </div>
      ) : (
        <ItemContent itemId={summary.id} body={body} revealed={revealed} onReveal={() => setRevealed(true)} />
      )}
      <div className="item-actions">
        <BookmarkButton itemId={summary.id} />
        <span className="muted kbd-hint">
          <kbd>Space</kbd> answer · <kbd>←</kbd> <kbd>→</kbd> previous/next · <kbd>b</kbd> bookmark
        </span>
      </div>
      <NoteEditor itemId={summary.id} />
    </article>
  )
}

function ItemContent({
  itemId,
  body,
  revealed,
  onReveal,
}: {
  itemId: string
  body: ItemBody
  revealed: boolean
  onReveal: () => void
}) {
  return (
    <>
      <BankHtml html={body.promptHtml} className="item-prompt" />
      {body.type === 'code' || body.type === 'sql' ? (
        <p>
          <Link href={`/exercises/${itemId}`} className="button button-primary">
            Solve it in the editor
          </Link>
        </p>
      ) : body.type === 'mcq' ? (
        <McqChoices
          choices={body.choices}
          explanationHtml={body.explanationHtml}
          summary={<KeyPoints points={body.keyPointsHtml} />}
          revealed={revealed}
          onReveal={onReveal}
        />
      ) : revealed ? (
        <section aria-label="Answer" className="answer">
          {isRecallBody(body) ? <KeyPoints points={body.keyPointsHtml} /> : null}
          {body.type === 'card' ? (
            <>
              <h2>Full answer</h2>
              <BankHtml html={body.answerHtml} />
            </>
          ) : body.type === 'design' ? (
            body.sections.map((s) => (
              <div key={s.title}>
                <h2>{s.title}</h2>
                <BankHtml html={s.html} />
              </div>
            ))
          ) : null}
        </section>
      ) : (
        <button type="button" className="button button-primary reveal" onClick={onReveal}>
          Show answer <kbd aria-hidden="true">Space</kbd>
        </button>
      )}
      {revealed && isRecallBody(body) ? <Sources sources={body.sourcesHtml} /> : null}
    </>
  )
}
