import { createContext } from 'react'

/** True when the canvas is zoomed far out: nodes draw only their box and name. */
export const OverviewContext = createContext(false)
