// Package layout holds no code: its test checks that the module's packages
// import one another only in the directions the design allows (DESIGN.md's
// layout: dependencies point down; validate and render never import each
// other; notice and i18n import nothing of the module).
package layout
