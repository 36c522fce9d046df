// Package diff tells what changed between two versions of a privacy notice,
// item by item, with the article that requires each item, as a controller
// must tell data subjects when the information of Articles 13 and 14
// changes.
//
// [Compare] pairs the two versions' activities by ID and the items of each
// list by what identifies them ([Key]), and returns every [Change]: added,
// removed or changed, at its JSON Pointer. A change is material when it is
// of substance: a new recipient, purpose, transfer or legal basis, another
// retention period or contact, anything but the free text of an item of
// Arts 13 and 14. A change of wording, or of the notice's title, dates or
// free sections, is not.
//
// A [Report] writes the changes for people in Finnish, Swedish or English,
// as text, as Markdown (a changelog a controller can publish), or as JSON
// for tools. The command is `seloste diff OLD NEW`.
package diff
