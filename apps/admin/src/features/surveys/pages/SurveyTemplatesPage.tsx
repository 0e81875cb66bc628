export default function SurveyTemplatesPage() {
  return null;
}
