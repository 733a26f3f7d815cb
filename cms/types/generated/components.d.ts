import type { Schema, Struct } from '@strapi/strapi';

export interface ContentFigure extends Struct.ComponentSchema {
  collectionName: 'components_content_figure';
  info: {
    description: 'A photo inside an article body, with caption and credit.';
    displayName: 'Photo';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    caption: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface ContentRichText extends Struct.ComponentSchema {
  collectionName: 'components_content_rich_text';
  info: {
    description: 'A run of paragraphs and subheadings (Markdown).';
    displayName: 'Rich text';
  };
  attributes: {
    body: Schema.Attribute.RichText & Schema.Attribute.Required;
  };
}

export interface CooperationActionItem extends Struct.ComponentSchema {
  collectionName: 'components_cooperation_action_item';
  info: {
    description: 'One commitment of a cooperation period.';
    displayName: 'Action item';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    field: Schema.Attribute.Relation<'manyToOne', 'api::cooperation-field.cooperation-field'>;
    progress: Schema.Attribute.Enumeration<['planned', 'in_progress', 'done']> & Schema.Attribute.Required & Schema.Attribute.DefaultTo<'planned'>;
  };
}

export interface CooperationPerson extends Struct.ComponentSchema {
  collectionName: 'components_cooperation_person';
  info: {
    description: 'Someone named in a delegation or on a signed document, with the office held.';
    displayName: 'Person';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    office: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'content.figure': ContentFigure;
      'content.rich-text': ContentRichText;
      'cooperation.action-item': CooperationActionItem;
      'cooperation.person': CooperationPerson;
    }
  }
}
