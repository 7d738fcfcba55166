/**
 * The Monaco editor of an exercise. This module pulls in Monaco, so it is
 * only ever imported lazily (see exercise-screen.tsx).
 */
import { useEffect, useRef } from 'react'
import type { ExerciseLanguage } from '../../domain/exercises/exercise'
import { monaco } from '../../lib/monaco'
import { useColorScheme } from '../../lib/use-color-scheme'

export interface CodeEditorProps {
  /** Identifies the model: a new id starts a new document. */
  documentId: string
  language: ExerciseLanguage
  initialValue: string
  onChange: (value: string) => void
  onRun: () => void
  /** A line to mark as the error's (runtime or syntax), or null. */
  errorLine: { line: number; message: string } | null
  ariaLabel: string
  /** Replaces the editor's content (reset to starter, reveal into editor), keeping undo. */
  replaceWith?: { value: string; token: number } | null
}

const monacoLanguage = (l: ExerciseLanguage) => (l === 'sql' ? 'pgsql' : l)
const fileName = (l: ExerciseLanguage) =>
  l === 'typescript' ? 'solution.ts' : l === 'javascript' ? 'solution.js' : 'query.sql'

export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const callbacks = useRef({ onChange: props.onChange, onRun: props.onRun })
  const scheme = useColorScheme()
  const { documentId, language, initialValue, ariaLabel } = props

  useEffect(() => {
    callbacks.current = { onChange: props.onChange, onRun: props.onRun }
  })

  useEffect(() => {
    const element = host.current
    if (!element) return
    const uri = monaco.Uri.parse(`file:///exercises/${documentId}/${fileName(language)}`)
    monaco.editor.getModel(uri)?.dispose()
    const model = monaco.editor.createModel(initialValue, monacoLanguage(language), uri)
    const editor = monaco.editor.create(element, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      tabSize: 2,
      scrollBeyondLastLine: false,
      ariaLabel,
      fixedOverflowWidgets: true,
      renderLineHighlight: 'line',
      padding: { top: 8 },
    })
    editorRef.current = editor
    const changes = model.onDidChangeContent(() => callbacks.current.onChange(model.getValue()))
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun())
    element.dataset.ready = 'true'
    performance.mark('editor-ready')
    return () => {
      changes.dispose()
      editor.dispose()
      model.dispose()
      editorRef.current = null
      delete element.dataset.ready
    }
    // The editor is created once per document; later value changes come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentId, language])

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'backprep-dark' : 'vs')
  }, [scheme])

  const replaceToken = props.replaceWith?.token
  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model || !props.replaceWith) return
    editor.pushUndoStop()
    editor.executeEdits('replace', [{ range: model.getFullModelRange(), text: props.replaceWith.value }])
    editor.pushUndoStop()
    editor.focus()
    // Only a new token asks for a replacement.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replaceToken])

  const errorLine = props.errorLine
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model) return
    const markers: monaco.editor.IMarkerData[] =
      errorLine && errorLine.line <= model.getLineCount()
        ? [
            {
              severity: monaco.MarkerSeverity.Error,
              message: errorLine.message,
              startLineNumber: errorLine.line,
              endLineNumber: errorLine.line,
              startColumn: model.getLineFirstNonWhitespaceColumn(errorLine.line) || 1,
              endColumn: model.getLineMaxColumn(errorLine.line),
            },
          ]
        : []
    monaco.editor.setModelMarkers(model, 'runner', markers)
    if (errorLine) editorRef.current?.revealLineInCenterIfOutsideViewport(errorLine.line)
  }, [errorLine])

  return <div ref={host} className="code-editor" data-testid="code-editor" />
}
